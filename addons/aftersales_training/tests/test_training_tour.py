from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestTrainingTour(HttpCase):
    def test_station_records_a_session_in_chinese(self):
        """A station user working in Chinese trains a customer's operator on the vehicle handed over."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search([("name", "=", "aftersales_training")])._update_translations(["zh_CN"])
        station = self.env["res.partner"].create({"name": "培训服务站", "is_service_station": True})
        user = new_test_user(
            self.env,
            "training_tour",
            groups="aftersales_base.group_aftersales_station",
            lang="zh_CN",
            password="training_tour",
        )
        user.aftersales_station_id = station
        customer = self.env["res.partner"].create({"name": "物流公司"})
        operator = self.env["res.partner"].create({"name": "赵刚", "parent_id": customer.id})
        self.env["aftersales.training.course"].create({"name": "叉车操作培训", "pass_score": 80})
        vehicle = self.env["aftersales.vehicle"].create(
            {
                "vin": "TXAZNJF7K10000012",
                "partner_id": customer.id,
                "station_id": station.id,
                "delivery_date": "2026-11-20",
                "product_id": self.env["product.product"]
                .create({"name": "Tour forklift", "aftersales_is_vehicle": True})
                .id,
            }
        )
        self.start_tour(
            "/odoo/action-aftersales_training.aftersales_training_session_action",
            "aftersales_training_tour",
            login="training_tour",
        )
        session = self.env["aftersales.training.session"].search([("vehicle_id", "=", vehicle.id)])
        self.assertEqual(session.state, "done")
        self.assertEqual(session.station_id, station, "the vehicle's station")
        self.assertEqual(session.attendee_ids.partner_id, operator)
        self.assertEqual(session.attendee_ids.result, "passed")
        self.assertTrue(vehicle.operators_trained)
