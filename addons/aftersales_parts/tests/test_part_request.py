from datetime import datetime, time, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.aftersales_base.tools.approval import rule_applies

from .common import PartsCase


@tagged("post_install", "-at_install")
class TestApprovalBands(PartsCase):
    def test_band_rule(self):
        self.assertTrue(rule_applies(0, 0, 500))
        self.assertTrue(rule_applies(500, 0, 500))
        self.assertFalse(rule_applies(500.01, 0, 500))
        self.assertTrue(rule_applies(500.01, 500, 0))
        self.assertFalse(rule_applies(500, 500, 0))

    def _approvers(self, amount):
        request = self._request(amount)
        request.action_submit()
        return request, request.approval_ids.mapped("group_id")

    def test_boundaries(self):
        deputy = self.env.ref("aftersales_base.group_aftersales_approver_deputy")
        gm = self.env.ref("aftersales_base.group_aftersales_approver_gm")
        self.assertEqual(self._approvers(500)[1], deputy, "500 included: the deputy general manager")
        self.assertEqual(self._approvers(500.01)[1], gm, "above 500: the general manager")
        self.assertEqual(self._approvers(1000)[1], gm)

    def test_multi_level_chain_at_1000(self):
        manager_group = self.env.ref("aftersales_base.group_aftersales_manager")
        self.env["aftersales.approval.rule"].create(
            {
                "name": "Service manager budget check (above 1,000)",
                "document_type": "part_request",
                "min_amount": 1000,
                "sequence": 5,
                "group_id": manager_group.id,
            }
        )
        request, groups = self._approvers(1000.01)
        steps = request.approval_ids.sorted("sequence")  # the chain as the Approvals tab lists it
        self.assertEqual(steps.mapped("group_id.name"), [manager_group.name, "General Manager"])
        self.assertEqual(steps.mapped("state"), ["pending", "waiting"])
        _request, groups_at_1000 = self._approvers(1000)
        self.assertNotIn(manager_group, groups_at_1000, "1,000 itself is not above 1,000")
        manager = new_test_user(self.env, "svc_manager", groups="aftersales_base.group_aftersales_manager")
        request.with_user(manager).action_approve()
        self.assertEqual((request.state, steps.mapped("state")), ("to_approve", ["approved", "pending"]))
        request.with_user(self.gm).action_approve("OK")
        self.assertEqual(request.state, "approved")
        self.assertEqual(steps[1].decided_by_id, self.gm)

    def test_wrong_user_and_self_approval_refused(self):
        request, _groups = self._approvers(800)
        with self.assertRaisesRegex(AccessError, "General Manager"):
            request.with_user(self.deputy).action_approve()
        boss = new_test_user(
            self.env,
            "boss_requester",
            groups="aftersales_base.group_aftersales_approver_gm,aftersales_parts.group_aftersales_parts",
        )
        own = (
            self.env["aftersales.part.request"]
            .with_user(boss)
            .create({"line_ids": [(0, 0, {"product_id": self.part.id, "quantity": 1, "unit_cost": 800})]})
        )
        own.action_submit()
        with self.assertRaisesRegex(AccessError, "own request"):
            own.with_user(boss).action_approve()
        self.assertEqual(own.approval_state, "to_approve")

    def test_rpc_refusal_is_the_same(self):
        request, _groups = self._approvers(800)
        # What the JSON-RPC call_kw of a button does: call the method as that user.
        with self.assertRaises(AccessError):
            self.env["aftersales.part.request"].with_user(self.deputy).browse(request.id).action_approve()

    def test_reject_needs_a_reason(self):
        request, _groups = self._approvers(100)
        with self.assertRaises(UserError):
            request.with_user(self.deputy).action_reject(" ")
        request.with_user(self.deputy).action_reject("Use the cheaper part")
        self.assertEqual((request.state, request.approval_ids.state), ("rejected", "rejected"))
        self.assertEqual(request.approval_ids.note, "Use the cheaper part")

    def test_change_after_approval_goes_back_to_draft(self):
        self._stock(self.part, 10)
        request = self._request(100)
        request.action_submit()
        request.with_user(self.deputy).action_approve()
        self.assertEqual(request.state, "approved")
        request.line_ids.quantity = 3
        self.assertEqual((request.state, request.approval_state), ("draft", "draft"))
        self.assertEqual(request.approval_ids.mapped("state"), ["approved"], "history kept")
        request.action_submit()
        self.assertEqual(
            request.approval_ids.filtered(lambda s: s.state == "pending").group_id.name, "Deputy General Manager"
        )

    def test_urgent_uses_its_own_rule_and_deadline(self):
        with freeze_time("2026-03-06 10:00"):
            request = self._request(5000, urgency="urgent")
            self.assertEqual(request.deadline, fields.Datetime.to_datetime("2026-03-06 18:00"))
        with self.assertRaisesRegex(UserError, "urgent"):
            request.action_submit()
        request.urgency_reason = "Customer's truck stopped on the road; no compressor in stock"
        request.action_submit()
        self.assertEqual(request.approval_ids.group_id, self.env.ref("aftersales_parts.group_aftersales_parts_manager"))


@tagged("post_install", "-at_install")
class TestPartIssue(PartsCase):
    def test_delivery_created_on_approval_and_done(self):
        self._stock(self.part, 5)
        request = self._request(100)
        request.action_submit()
        request.with_user(self.deputy).action_approve()
        picking = request.picking_id
        self.assertEqual((picking.state, picking.move_ids.product_uom_qty), ("assigned", 1.0))
        self.assertEqual(picking.location_id, self.stock)
        picking.move_ids.quantity = 1
        picking.button_validate()
        self.assertEqual(request.state, "done")
        self.assertEqual(request.shipment_accuracy, 100.0)

    def test_parts_go_onto_the_repair_job(self):
        self._stock(self.part, 5)
        repair = self.env["repair.order"].create({"partner_id": self.customer.id})
        request = self._request(100, repair_id=repair.id, purpose="warranty")
        request.action_submit()
        request.with_user(self.deputy).action_approve()
        move = request.line_ids.move_id
        self.assertEqual((move.repair_id, move.pay_type, move.repair_line_type), (repair, "warranty", "add"))
        self.assertFalse(request.picking_id)
        repair.action_validate()
        repair.action_repair_start()
        repair.action_repair_end()
        self.assertEqual(request.state, "done")

    def test_shortage_tells_purchasing_then_the_customer(self):
        buyer = new_test_user(self.env, "buyer", groups="stock.group_stock_user")
        self.env.company.aftersales_purchase_user_id = buyer
        request = self._request(100)
        request.action_submit()
        request.with_user(self.deputy).action_approve()
        self.assertTrue(request.line_ids.is_short)
        self.assertEqual(request.activity_ids.user_id, buyer)
        Mail = self.env["mail.mail"]
        delay = Mail.search([("model", "=", request._name), ("res_id", "=", request.id)])
        self.assertEqual(len(delay), 1)
        self.assertIn("delayed", delay.subject)
        self.assertIn(self.customer, delay.recipient_ids)
        self.env["aftersales.part.request.line"]._cron_check_arrivals()
        self.assertEqual(Mail.search_count([("model", "=", request._name), ("res_id", "=", request.id)]), 1)
        self._stock(self.part, 5)
        self.env["aftersales.part.request.line"]._cron_check_arrivals()
        arrival = Mail.search([("model", "=", request._name), ("res_id", "=", request.id)]) - delay
        self.assertIn("arrived", arrival.subject)
        self.assertFalse(request.line_ids.is_short)

    def test_old_part_return_due_and_overdue(self):
        self._stock(self.part, 5)
        self._stock(self.cheap_part, 5)
        request = self._request(
            lines=[
                {"product_id": self.part.id, "quantity": 1},
                {"product_id": self.cheap_part.id, "quantity": 2},
            ]
        )
        self.assertEqual(request.line_ids.mapped("return_required"), [True, False], "above 50 yuan only")
        request.action_submit()
        request.with_user(self.deputy).action_approve()
        request.picking_id.move_ids.picked = True
        request.picking_id.button_validate()
        today = fields.Date.context_today(request)
        self.assertEqual(request.return_due_date, today + timedelta(days=30))
        self.assertEqual(request.return_picking_id.move_ids.product_id, self.part)
        self.assertEqual(
            request.return_picking_id.location_dest_id, self.env.ref("aftersales_repair.location_old_parts")
        )
        self.assertFalse(request.return_overdue)
        Request = self.env["aftersales.part.request"]
        with freeze_time(datetime.combine(today + timedelta(days=31), time(12))):
            request.invalidate_recordset(["return_overdue"])
            self.assertTrue(request.return_overdue)
            self.assertIn(request, Request.search([("return_overdue", "=", True)]))
            request.return_picking_id.move_ids.picked = True
            request.return_picking_id.button_validate()
            request.invalidate_recordset(["return_overdue"])
            self.assertFalse(request.return_overdue)
            self.assertNotIn(request, Request.search([("return_overdue", "=", True)]))
        request.line_ids[0].qa_result = "accepted"
        self.assertEqual(request.line_ids[0].qa_result, "accepted")

    def test_station_user_sees_own_station_requests(self):
        station = self.env["res.partner"].create({"name": "S1", "is_service_station": True, "station_code": "PS1"})
        other = self.env["res.partner"].create({"name": "S2", "is_service_station": True, "station_code": "PS2"})
        mine = self._request(10, station_id=station.id)
        theirs = self._request(10, station_id=other.id)
        clerk = new_test_user(self.env, "clerk", groups="aftersales_base.group_aftersales_station")
        clerk.aftersales_station_id = station
        found = self.env["aftersales.part.request"].with_user(clerk).search([("id", "in", (mine | theirs).ids)])
        self.assertEqual(found, mine)


@tagged("post_install", "-at_install")
class TestShipmentAccuracyKpi(PartsCase):
    def _issue(self, requested, shipped):
        request = self._request(lines=[{"product_id": self.part.id, "quantity": requested, "unit_cost": 10}])
        request.action_submit()
        request.with_user(self.deputy).action_approve()
        picking = request.picking_id
        picking.move_ids.quantity = shipped
        result = picking.with_context(cancel_backorder=True).button_validate()
        if isinstance(result, dict):  # shipped short: no backorder
            self.env[result["res_model"]].with_context(**result["context"]).create({}).process_cancel_backorder()
        self.assertEqual(request.state, "done")
        return request

    def test_dashboard_shows_this_months_accuracy_against_target(self):
        """配件出货正确率 on a known month: one request issued as asked, one short: 50 % against 98 %."""
        self._stock(self.part, 10)
        Request = self.env["aftersales.part.request"]
        Request.search([("state", "=", "done")]).write({"done_date": fields.Datetime.now() - timedelta(days=400)})
        self.assertEqual(self._issue(1, 1).shipment_accuracy, 100.0)
        self.assertEqual(self._issue(2, 1).shipment_accuracy, 0.0)
        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "shipment_accuracy")
        self.assertEqual((tile["value"], tile["target"]), (50.0, 98.0))
        self.env.company.aftersales_shipment_accuracy_target = 99.5
        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "shipment_accuracy")
        self.assertEqual(tile["target"], 99.5)
        self.assertEqual(Request.search_count(tile["domain"]), 2, "the figure opens its two requests")
