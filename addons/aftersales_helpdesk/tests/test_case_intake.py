from odoo.exceptions import ValidationError
from odoo.tests import Form, new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase
from odoo.addons.aftersales_base.tools.phone import normalize_phone


@tagged("post_install", "-at_install")
class TestCaseIntake(AftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.caller = cls.env["res.partner"].create({"name": "Caller", "mobile": "+86 139 8888 7777"})
        cls.office = cls.env["res.partner"].create({"name": "Office", "phone": "010-6512 3456"})

    def test_five_ways_to_write_one_number(self):
        Ticket = self.env["helpdesk.ticket"]
        for written in ("13988887777", "139-8888-7777", "0086 139 8888 7777", "+8613988887777", "(+86) 139 8888 7777"):
            self.assertEqual(Ticket.find_partner_by_phone(written), self.caller, written)
        self.assertEqual(Ticket.find_partner_by_phone("+86 10 6512 3456"), self.office)
        self.assertFalse(Ticket.find_partner_by_phone("not a number"))
        self.assertFalse(Ticket.find_partner_by_phone("13900000000"))

    def test_region_is_configurable(self):
        self.assertEqual(normalize_phone("020 7946 0958", "GB"), "+442079460958")
        self.env.company.aftersales_phone_region = "GB"
        self.assertNotEqual(
            self.env["helpdesk.ticket"].find_partner_by_phone("139 8888 7777"), self.caller, "read as a UK number"
        )

    def test_routing_by_authority(self):
        Ticket = self.env["helpdesk.ticket"]
        warranty_team = self.env.ref("aftersales_helpdesk.team_warranty")
        case = Ticket.create(
            {
                "name": "Claim",
                "description": "<p>x</p>",
                "category_id": self.env.ref("aftersales_helpdesk.case_type_warranty").id,
            }
        )
        self.assertEqual(case.team_id, warranty_team)
        parts = Ticket.create(
            {
                "name": "Part",
                "description": "<p>x</p>",
                "category_id": self.env.ref("aftersales_helpdesk.case_type_parts").id,
            }
        )
        self.assertEqual(parts.team_id, self.env.ref("aftersales_helpdesk.team_parts"))
        outside = self.env["helpdesk.ticket.category"].create(
            {
                "name": "Recall",
                "aftersales_team_id": self.env.ref("aftersales_helpdesk.team_call_centre").id,
                "aftersales_within_authority": False,
            }
        )
        parts.category_id = outside
        self.assertEqual(parts.team_id, warranty_team, "outside the call centre's authority: warranty team")
        self.env.company.aftersales_warranty_team_id = False
        parts.category_id = self.env.ref("aftersales_helpdesk.case_type_parts")
        parts.category_id = outside
        self.assertEqual(parts.team_id, warranty_team, "the shipped warranty office when none is configured")

    def test_new_case_from_a_call(self):
        vehicle = self._vehicle("TSTADRJF7K1000001", partner_id=self.caller.id)
        open_case = self.env["helpdesk.ticket"].create(
            {"name": "Earlier", "description": "<p>x</p>", "partner_id": self.caller.id}
        )
        agent = new_test_user(self.env, "caller_agent", groups="aftersales_base.group_aftersales_user")
        wizard = Form(self.env["aftersales.call.intake"].with_user(agent))
        wizard.phone = "139 8888 7777"
        self.assertEqual(wizard.partner_id, self.caller)
        self.assertEqual(wizard.vehicle_id, vehicle)
        wizard.category_id = self.env.ref("aftersales_helpdesk.case_type_fault")
        wizard.severity = "major"
        wizard.odometer = 3000
        intake = wizard.save()
        self.assertIn(open_case, intake.open_ticket_ids)
        action = intake.action_create_case()
        case = self.env["helpdesk.ticket"].browse(action["res_id"])
        self.assertEqual((case.partner_id, case.vehicle_id, case.severity), (self.caller, vehicle, "major"))
        self.assertEqual(case.channel_id, self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone"))
        self.assertEqual(vehicle.odometer, 3000)

    def test_station_user_sees_only_its_cases(self):
        Ticket = self.env["helpdesk.ticket"]
        mine = Ticket.create({"name": "A", "description": "<p>a</p>", "station_id": self.station_a.id})
        other = Ticket.create({"name": "B", "description": "<p>b</p>", "station_id": self.station_b.id})
        user = new_test_user(self.env, "station_cases", groups="aftersales_base.group_aftersales_station")
        user.aftersales_station_id = self.station_a
        self.assertEqual(Ticket.with_user(user).search([("id", "in", (mine | other).ids)]), mine)

    def test_a_case_type_that_is_no_record_is_refused_by_name(self):
        """Routing reads the case type before the value check: True (read by Python as 1) is still refused."""
        case = self.env["helpdesk.ticket"].create({"name": "Noise", "description": "<p>Noise</p>"})
        with self.assertRaisesMessage(ValidationError, "is not a valid value"):
            case.write({"category_id": True})
        with self.assertRaisesMessage(ValidationError, "is not a valid value"):
            self.env["helpdesk.ticket"].create({"name": "Noise", "description": "x", "category_id": True})
