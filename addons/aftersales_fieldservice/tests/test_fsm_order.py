from datetime import timedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import SIGNATURE, T0, FsmCase


@tagged("post_install", "-at_install")
class TestDispatchOrder(FsmCase):
    def test_arrival_before_dispatch_refused(self):
        order = self._order(dispatched_at=T0)
        with self.assertRaisesMessage(ValidationError, "is before the dispatch"):
            order.arrived_at = T0 - timedelta(minutes=1)
        with self.assertRaisesMessage(ValidationError, "record the dispatch before the arrival"):
            self._order(arrived_at=T0)
        order.arrived_at = T0 + timedelta(minutes=25)
        self.assertEqual(order.arrived_at, T0 + timedelta(minutes=25))

    def test_arrival_meets_case_onsite_milestone_once(self):
        order = self._order(dispatched_at=T0)
        self.assertFalse(self.case.onsite_date)
        order.arrived_at = T0 + timedelta(minutes=40)
        self.assertEqual(self.case.onsite_date, T0 + timedelta(minutes=40))
        second = self._order(dispatched_at=T0)
        second.arrived_at = T0 + timedelta(hours=3)
        self.assertEqual(self.case.onsite_date, T0 + timedelta(minutes=40), "the first arrival meets the milestone")

    def test_dispatch_and_arrive_buttons(self):
        order = self._order()
        order.action_aftersales_dispatch()
        self.assertTrue(order.dispatched_at)
        with self.assertRaisesMessage(UserError, "already dispatched"):
            order.action_aftersales_dispatch()
        order.action_aftersales_arrive()
        self.assertTrue(order.arrived_at)
        self.assertEqual(order.date_start, order.arrived_at, "the actual start is the arrival")

    def test_order_without_location_refused(self):
        with self.assertRaisesMessage(UserError, "service location"):
            self.env["fsm.order"].create({"vehicle_id": self.vehicle.id})

    def test_station_from_vehicle(self):
        self.assertEqual(self._order().station_id, self.station_a)

    def test_fee_schedule_of_the_zone(self):
        rules = self.env["aftersales.fsm.fee.rule"]
        rules.search([]).active = False
        rules.create(
            [
                {"name": "Travel city", "kind": "travel", "zone": "city", "amount": 50},
                {"name": "Travel county", "kind": "travel", "zone": "county", "amount": 100},
                {"name": "On-site", "kind": "on_site", "amount": 80},
                {"name": "Hourly", "kind": "hourly", "amount": 120},
            ]
        )
        order = self._started_order()
        self.env["aftersales.fsm.record"].create({"order_id": order.id, "hours_on_site": 1.5})
        order.fee_line_ids = [(0, 0, {"name": "Towing", "unit_amount": 200})]
        order.action_aftersales_apply_fee_schedule()
        self.assertEqual(sorted(order.fee_line_ids.mapped("name")), ["Hourly", "On-site", "Towing", "Travel city"])
        self.assertEqual(order.fee_total, 50 + 80 + 1.5 * 120 + 200)
        order.sla_zone = "county"
        order.action_aftersales_apply_fee_schedule()
        self.assertEqual(order.fee_total, 100 + 80 + 1.5 * 120 + 200, "re-applied for the new zone, manual fee kept")

    def test_phone_guidance_follow_up_in_two_hours(self):
        order = self._order(dispatch_kind="phone_guidance")
        order.action_aftersales_done_by_phone()
        self.assertTrue(order.is_closed)
        activity = order.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertIn("Follow up", activity.summary)
        with self.assertRaisesMessage(UserError, "not a phone guidance"):
            self._order().action_aftersales_done_by_phone()

    def test_engineer_completes_only_after_customer_signature(self):
        order = self._started_order()
        with self.assertRaisesMessage(UserError, "no on-site record signed"):
            order.action_aftersales_complete()
        record = self.env["aftersales.fsm.record"].create({"order_id": order.id, "work_done": "Fixed"})
        record.customer_signature = SIGNATURE
        order.action_aftersales_complete()
        self.assertTrue(order.is_closed)

    def test_dispatch_from_case_creates_child_location(self):
        """The customer's service location is a child address: the customer keeps its name and type."""
        customer = self.env["res.partner"].create(
            {"name": "Beijing Bus Co.", "is_company": True, "city": "Beijing", "service_zone": "province"}
        )
        case = self.env["helpdesk.ticket"].create(
            {"name": "Breakdown", "description": "<p>x</p>", "partner_id": customer.id, "vehicle_id": self.vehicle.id}
        )
        action = case.with_context(aftersales_dispatch_kind="road_rescue").action_aftersales_dispatch()
        order = self.env["fsm.order"].browse(action["res_id"])
        self.assertEqual(order.ticket_id, case)
        self.assertEqual(order.vehicle_id, self.vehicle)
        self.assertEqual(order.dispatch_kind, "road_rescue")
        self.assertEqual(order.sla_zone, "province")
        self.assertEqual(order.location_id.owner_id, customer)
        self.assertNotEqual(order.location_id.partner_id, customer)
        self.assertEqual(order.location_id.partner_id.parent_id, customer)
        self.assertEqual(customer.name, "Beijing Bus Co.")
        self.assertNotEqual(customer.type, "fsm_location")
        self.assertEqual(customer.service_location_id, order.location_id)
        case.action_aftersales_dispatch()
        self.assertEqual(len(case.fsm_order_ids.location_id), 1, "the second dispatch reuses the location")
        self.assertEqual(case.fsm_order_count, 2)
        self.assertEqual(self.vehicle.fsm_order_count, 2)

    def test_dispatch_case_without_customer_refused(self):
        case = self.env["helpdesk.ticket"].create({"name": "Anonymous", "description": "<p>x</p>"})
        with self.assertRaisesMessage(UserError, "has no customer"):
            case.action_aftersales_dispatch()
