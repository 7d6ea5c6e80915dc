from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestRoles(TransactionCase):
    """The role ladder across the four addons: each role can do what the one before it can."""

    def test_manager_holds_every_after_sales_role(self):
        manager = new_test_user(self.env, "as_manager", groups="aftersales_base.group_aftersales_manager")
        for xmlid in (
            "aftersales_warranty.group_aftersales_warranty",
            "aftersales_parts.group_aftersales_parts",
            "aftersales_survey.group_aftersales_callback",
            "aftersales_base.group_aftersales_user",
            "aftersales_base.group_aftersales_station",
            "helpdesk_mgmt.group_helpdesk_manager",
        ):
            self.assertTrue(manager.has_group(xmlid), xmlid)

    def test_officers_are_call_centre_users_but_not_managers(self):
        for xmlid in (
            "aftersales_warranty.group_aftersales_warranty",
            "aftersales_parts.group_aftersales_parts",
            "aftersales_survey.group_aftersales_callback",
        ):
            officer = new_test_user(self.env, xmlid.split(".")[1], groups=xmlid)
            self.assertTrue(officer.has_group("aftersales_base.group_aftersales_user"), xmlid)
            self.assertFalse(officer.has_group("aftersales_base.group_aftersales_manager"), xmlid)

    def test_menus_follow_roles(self):
        Menu = self.env["ir.ui.menu"]
        root = self.env.ref("aftersales_base.menu_aftersales_root")
        station_user = new_test_user(self.env, "as_station", groups="aftersales_base.group_aftersales_station")
        manager = new_test_user(self.env, "as_manager2", groups="aftersales_base.group_aftersales_manager")
        visible = {
            user: Menu.with_user(user).search([("parent_id", "=", root.id)]).mapped("name")
            for user in (station_user, manager)
        }
        self.assertNotIn("Configuration", visible[station_user])
        self.assertNotIn("Reporting", visible[station_user])
        self.assertNotIn("Callbacks", visible[station_user])
        self.assertIn("Parts", visible[station_user], "stations request their parts")
        for name in (
            "Cases",
            "Repairs",
            "Vehicles",
            "Customers",
            "Stations",
            "Parts",
            "Callbacks",
            "Reporting",
            "Configuration",
        ):
            self.assertIn(name, visible[manager])
