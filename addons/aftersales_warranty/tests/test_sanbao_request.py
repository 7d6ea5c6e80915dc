from datetime import date, timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import BaseCase, new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase

from ..tools.sanbao import usage_compensation


@tagged("post_install", "-at_install")
class TestUsageCompensation(BaseCase):
    def test_compensation_at_the_bounds_of_n(self):
        # 200,000 yuan, 10,000 km: 200,000 x 10,000 / 1000 x n
        self.assertEqual(usage_compensation(200000, 10000, 0.5), 10000.0)
        self.assertEqual(usage_compensation(200000, 10000, 0.8), 16000.0)
        self.assertEqual(usage_compensation(200000, 0, 0.8), 0.0, "nothing driven, nothing owed")
        for outside in (0.49, 0.81):
            with self.subTest(n=outside), self.assertRaises(ValueError):
                usage_compensation(200000, 10000, outside)


@tagged("post_install", "-at_install")
class TestSanbaoRequest(AftersalesCase):
    """The customer asks, the facts are frozen, the warranty office decides, the GM signs off above the rule."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        household = cls.env.ref("aftersales_warranty.product_category_household_vehicle")
        model = cls.env["product.product"].create(
            {"name": "Family car", "aftersales_is_vehicle": True, "categ_id": household.id}
        )
        gearbox = cls.env["product.product"].create(
            {
                "name": "Gearbox",
                "aftersales_sanbao_part_group_id": cls.env.ref("aftersales_warranty.part_group_gearbox").id,
            }
        )
        cls.station = cls.env["res.partner"].create(
            {"name": "SB Station", "is_service_station": True, "station_code": "SB1"}
        )
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {
                "vin": "SBRADRJF7K1000001",
                "product_id": model.id,
                "partner_id": cls.env["res.partner"].create({"name": "SB Owner"}).id,
                "delivery_date": date.today() - timedelta(days=3),
                "station_id": cls.station.id,
            }
        )
        cls.env["repair.order"].create(
            {
                "vehicle_id": cls.vehicle.id,
                "odometer_in": 120,
                "default_pay_type": "warranty",
                "move_ids": [
                    Command.create({"product_id": gearbox.id, "product_uom_qty": 1, "repair_line_type": "add"})
                ],
            }
        )
        cls.clerk = new_test_user(cls.env, "sb_clerk", groups="aftersales_base.group_aftersales_station")
        cls.clerk.aftersales_station_id = cls.station
        cls.officer = new_test_user(cls.env, "sb_officer", groups="aftersales_warranty.group_aftersales_warranty")
        cls.gm = new_test_user(
            cls.env,
            "sb_gm",
            groups="aftersales_base.group_aftersales_approver_gm,aftersales_base.group_aftersales_user",
        )

    def _request(self, price, kind="refund"):
        request = (
            self.env["aftersales.sanbao.request"]
            .with_user(self.clerk)
            .create({"vehicle_id": self.vehicle.id, "kind": kind, "odometer": 1200, "price": price})
        )
        request.action_submit_request()
        return request

    def test_facts_frozen_and_refund_above_the_rule_waits_for_the_gm(self):
        request = self._request(150000)
        self.assertEqual(request.entitlement, "return", "main part replaced within 7 days")
        self.assertIn("within 7 days", request.facts)
        self.assertEqual(request.compensation_rate, 0.5, "n from the vehicle's 三包 rule")
        self.assertEqual((request.compensation, request.refund_amount), (900.0, 149100.0))  # 150,000 x 1.2 x 0.5 %
        with self.assertRaises(AccessError):
            request.action_approve_refund()  # the station does not decide
        request.with_user(self.officer).action_approve_refund()
        self.assertEqual(request.state, "to_approve")
        request.with_user(self.gm).action_approve()
        self.assertEqual(request.state, "refund")
        self.assertEqual(request.decided_by_id, self.officer)

    def test_below_the_rule_the_office_decides_alone(self):
        request = self._request(90000, kind="exchange")
        request.with_user(self.officer).action_approve_exchange()
        self.assertEqual(request.state, "exchange")
        self.assertFalse(request.approval_ids, "no general manager step below 100,000")

    def test_a_decided_request_is_reopened_with_a_reason(self):
        request = self._request(90000)
        with self.assertRaisesMessage(UserError, "why"):
            request.with_user(self.officer).action_refuse("")
        request.with_user(self.officer).action_refuse("Damage from an accident, not a quality fault")
        self.assertEqual(request.state, "refused")
        with self.assertRaisesMessage(UserError, "decided"):
            request.with_user(self.officer).price = 1
        with self.assertRaisesMessage(UserError, "why"):
            request.with_user(self.officer).action_reopen(" ")
        request.with_user(self.officer).action_reopen("The assessment found a gearbox defect")
        self.assertEqual(request.state, "submitted")
        self.assertIn("gearbox defect", request.message_ids[0].body)

    def test_certificate_only_for_a_decision(self):
        request = self._request(90000, kind="exchange")
        Report = self.env["ir.actions.report"]
        with self.assertRaisesMessage(UserError, "not decided"):
            Report._render_qweb_html("aftersales_warranty.report_sanbao_certificate", request.ids)
        request.with_user(self.officer).action_approve_exchange()
        html = str(Report._render_qweb_html("aftersales_warranty.report_sanbao_certificate", request.ids)[0])
        self.assertIn(request.name, html)
        self.assertIn("SBRADRJF7K1000001", html)

    def test_the_rate_n_stays_within_the_regulation(self):
        rule = self.vehicle.sanbao_rule_id
        rule.compensation_rate = 0.8
        with self.assertRaises(ValidationError):
            rule.compensation_rate = 0.4

    def test_a_request_without_an_owner_is_not_submitted(self):
        ownerless = self.env["aftersales.vehicle"].create({"vin": "SBRADRJF7K1000002"})
        request = self.env["aftersales.sanbao.request"].create({"vehicle_id": ownerless.id, "price": 1000})
        with self.assertRaisesMessage(UserError, "has no owner"):
            request.action_submit_request()
        self.assertEqual(request.state, "draft")
