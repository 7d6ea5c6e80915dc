from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestCampaignTour(HttpCase):
    def test_adviser_adds_the_campaign_work_in_chinese(self):
        """A station's service adviser working in Chinese opens a job for a recalled vehicle and adds the
        campaign's work from the red banner."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search([("name", "=like", "aftersales_%")])._update_translations(["zh_CN"])
        station = self.env["res.partner"].create({"name": "召回服务站", "is_service_station": True})
        adviser = new_test_user(
            self.env,
            "campaign_tour",
            groups="aftersales_base.group_aftersales_station",
            lang="zh_CN",
            password="campaign_tour",
        )
        adviser.aftersales_station_id = station
        model = self.env["product.product"].create({"name": "Tour recall sedan", "aftersales_is_vehicle": True})
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "TRCLDRJF7K1000001", "product_id": model.id, "station_id": station.id}
        )
        operation = self.env["aftersales.labour.operation"].create(
            {
                "code": "RC-TOUR",
                "name": "更换制动软管",
                "labour_class_id": self.env["aftersales.labour.class"].search([], limit=1).id,
                "std_hours": 1.5,
            }
        )
        campaign = self.env["aftersales.campaign"].create(
            {"title": "制动软管召回", "vin_list": vehicle.vin, "operation_ids": [Command.set(operation.ids)]}
        )
        campaign.action_launch()
        job = self.env["repair.order"].create({"vehicle_id": vehicle.id, "station_id": station.id})
        self.start_tour(
            f"/odoo/action-aftersales_repair.aftersales_repair_action/{job.id}",
            "aftersales_campaign_tour",
            login="campaign_tour",
        )
        self.assertEqual(job.labour_ids.operation_id, operation)
        self.assertEqual(job.labour_ids.pay_type, "warranty")
        self.assertEqual((campaign.line_ids.state, campaign.line_ids.repair_id), ("scheduled", job))

    def test_owner_books_the_free_visit_from_the_portal(self):
        """The owner opens their vehicle on the portal, follows the recall's booking button and sends the
        case form it fills in: the booking is a case for that vehicle, naming the campaign."""
        owner = new_test_user(
            self.env, "campaign_portal_tour", groups="base.group_portal", password="campaign_portal_tour"
        )
        model = self.env["product.product"].create({"name": "Portal recall sedan", "aftersales_is_vehicle": True})
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "PRCLDRJF7K1000001", "product_id": model.id, "partner_id": owner.partner_id.id}
        )
        campaign = self.env["aftersales.campaign"].create(
            {"title": "Portal brake recall", "customer_description": "Hoses may chafe.", "vin_list": vehicle.vin}
        )
        campaign.action_launch()
        self.start_tour(f"/my/vehicles/{vehicle.id}", "aftersales_campaign_portal_tour", login="campaign_portal_tour")
        case = self.env["helpdesk.ticket"].search([("name", "like", "Portal brake recall")])
        self.assertEqual(len(case), 1)
        self.assertEqual((case.vehicle_id, case.partner_id), (vehicle, owner.partner_id))
        self.assertIn(campaign.name, case.name)
        self.assertIn("Tuesday morning", case.description)
