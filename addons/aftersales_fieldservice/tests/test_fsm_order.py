from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo import fields
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
        self.assertAlmostEqual(order.follow_up_at, order.date_end + timedelta(hours=2), delta=timedelta(seconds=5))
        self.assertEqual(activity.date_deadline, fields.Date.context_today(order, order.follow_up_at))
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

    def test_arrival_punctuality(self):
        """004: on site 5 to 10 minutes before the appointment."""
        planned = T0 + timedelta(hours=1)
        on_time, early, late = (
            self._order(scheduled_date_start=planned, dispatched_at=T0, arrived_at=planned - timedelta(minutes=m))
            for m in (7, 25, 2)
        )
        self.assertEqual(
            (on_time.arrival_punctuality, early.arrival_punctuality, late.arrival_punctuality),
            ("on_time", "early", "late"),
        )
        self.assertFalse(self._order(scheduled_date_start=planned).arrival_punctuality, "not arrived yet")

    def test_running_late_warns_the_dispatcher_then_reschedule_or_reassign(self):
        """Not on site 5 minutes before the appointment: the dispatcher is told once, then moves the
        appointment or sends another engineer, with the reason."""
        with freeze_time("2026-03-02 09:00:00"):
            soon = self._order(scheduled_date_start=datetime(2026, 3, 2, 9, 4))
            later = self._order(scheduled_date_start=datetime(2026, 3, 2, 9, 30))
            Order = self.env["fsm.order"]
            unplanned = self._order()
            ours = (soon | later | unplanned).ids
            self.assertEqual(Order.search([("is_running_late", "=", True), ("id", "in", ours)]), soon)
            self.assertEqual(Order.search([("is_running_late", "=", False), ("id", "in", ours)]), later | unplanned)
            self.assertTrue(soon.is_running_late)
            Order._cron_warn_running_late()
            Order._cron_warn_running_late()
            warning = soon.activity_ids.filtered(lambda a: "running late" in a.summary)
            self.assertEqual(len(warning), 1, "warned once")
            self.assertFalse(later.activity_ids)

            with self.assertRaisesMessage(UserError, "Say why"):
                soon._reschedule(datetime(2026, 3, 2, 10, 0), None, " ")
            wizard = (
                self.env["aftersales.fsm.reschedule"]
                .with_context(active_id=soon.id)
                .create({"person_id": self.other_person.id, "reason": "Engineer stuck in traffic"})
            )
            self.assertEqual(wizard.scheduled_date_start, soon.scheduled_date_start)
            wizard.scheduled_date_start = datetime(2026, 3, 2, 10, 0)
            wizard.action_confirm()
            self.assertEqual((soon.person_id, soon.reschedule_count), (self.other_person, 1))
            self.assertFalse(soon.is_running_late)
            self.assertIn("Engineer stuck in traffic", soon.message_ids[0].body)
            with self.assertRaisesMessage(UserError, "give a new time or another engineer"):
                soon._reschedule(soon.scheduled_date_start, soon.person_id, "No change")

        with freeze_time("2026-03-02 09:30:00"):
            Order._cron_warn_running_late()
            self.assertTrue(later.late_warned)
            later.scheduled_date_start = datetime(2026, 3, 2, 11, 0)
            self.assertFalse(later.late_warned, "moved by hand in the calendar: watched afresh")

    def test_what_the_visit_cannot_fix_becomes_a_repair_job(self):
        order = self._started_order()
        self.env["aftersales.fsm.record"].create({"order_id": order.id, "found": "Starter motor seized"})
        action = order.action_aftersales_create_repair()
        repair = self.env["repair.order"].browse(action["res_id"])
        self.assertEqual((repair.fsm_order_id, repair.vehicle_id, repair.ticket_id), (order, self.vehicle, self.case))
        self.assertEqual(repair.customer_complaint, "Starter motor seized")
        self.assertEqual(order.aftersales_repair_count, 1)
        with self.assertRaisesMessage(UserError, "names no vehicle"):
            self._started_order(vehicle_id=False).action_aftersales_create_repair()
