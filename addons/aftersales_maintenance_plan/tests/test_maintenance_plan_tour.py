from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestMaintenancePlanTour(HttpCase):
    def test_call_centre_draws_up_a_plan_in_chinese(self):
        """A call-centre agent working in Chinese draws up a vehicle's plan and starts it: a year of visits."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search(
            [("name", "in", ("fieldservice_recurring", "aftersales_maintenance_plan"))]
        )._update_translations(["zh_CN"])
        new_test_user(
            self.env,
            "plan_tour_agent",
            groups="aftersales_base.group_aftersales_user",
            lang="zh_CN",
            password="plan_tour_agent",
        )
        owner = self.env["res.partner"].create({"name": "巡检客户"})
        owner.service_location_id = self.env["fsm.location"].create({"name": "巡检客户 车间", "owner_id": owner.id})
        vehicle = self.env["aftersales.vehicle"].create(
            {
                "vin": "TXURPLANJF7K10001",
                "partner_id": owner.id,
                "product_id": self.env["product.product"]
                .create({"name": "Tour SUV", "aftersales_is_vehicle": True})
                .id,
            }
        )
        self.start_tour(
            "/odoo/action-aftersales_maintenance_plan.aftersales_maintenance_plan_action",
            "aftersales_maintenance_plan_tour",
            login="plan_tour_agent",
        )
        plan = self.env["fsm.recurring"].search([("vehicle_id", "=", vehicle.id)])
        self.assertEqual(plan.state, "progress")
        self.assertEqual(plan.location_id, owner.service_location_id)
        self.assertEqual(len(plan.visit_ids), 12)
