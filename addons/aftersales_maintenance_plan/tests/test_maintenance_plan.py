from collections import Counter
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.aftersales_fieldservice.tests.common import FsmCase


class MaintenancePlanCase(FsmCase):
    """The owner's vehicle (station A) and a plan template of each schedule."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.owner.write({"tz": "Asia/Shanghai", "email": "owner@example.com"})
        cls.today = fields.Date.context_today(cls.env["fsm.recurring"])
        cls.ladder = cls.env.ref("aftersales_maintenance_plan.recurring_template_preventive")
        cls.seasonal = cls.env.ref("aftersales_maintenance_plan.recurring_template_air_conditioning")

    @classmethod
    def _plan(cls, template=None, first_visit_in=None, **vals):
        """A plan whose start makes its first ladder visit ``first_visit_in`` days from today."""
        template = template or cls.ladder
        start = (
            cls.today
            if first_visit_in is None
            else cls.today + timedelta(days=first_visit_in) - relativedelta(months=1)
        )
        return cls.env["fsm.recurring"].create(
            {
                "fsm_recurring_template_id": template.id,
                "fsm_order_template_id": template.fsm_order_template_id.id,
                "vehicle_id": cls.vehicle.id,
                "location_id": cls.location.id,
                "person_id": cls.person.id,
                "start_date": fields.Datetime.to_datetime(start) + timedelta(hours=12),  # the same day in any zone
                **vals,
            }
        )


@tagged("post_install", "-at_install")
class TestMaintenancePlan(MaintenancePlanCase):
    def test_start_plans_a_year_of_visits(self):
        plan = self._plan()
        self.assertEqual(plan.station_id, self.station_a, "the plan is the station's of the vehicle")
        plan.action_start()
        visits = plan.visit_ids
        self.assertEqual(Counter(visits.mapped("visit_type")), {"monthly": 8, "quarterly": 3, "annual": 1})
        self.assertEqual(min(visits.mapped("planned_date")), self.today + relativedelta(months=1))
        self.assertEqual(plan.visits_until, self.today + relativedelta(months=12))
        self.assertEqual(visits[0].notice_date, visits[0].planned_date - timedelta(days=7))
        self.assertFalse(visits.fsm_order_id, "no visit within 7 days: no order yet")
        self.assertFalse(plan._aftersales_plan_visits(), "planning again plans nothing twice")
        # A month later the daily task plans the next month.
        added = plan._aftersales_plan_visits(today=self.today + relativedelta(months=1))
        self.assertEqual(added.mapped("planned_date"), [self.today + relativedelta(months=13)])
        self.assertEqual(added.visit_type, "monthly")

    def test_customer_told_seven_days_ahead_and_the_visit_becomes_an_order(self):
        plan = self._plan(first_visit_in=5)
        plan.action_start()
        first, second = plan.visit_ids.sorted("planned_date")[:2]
        self.assertEqual(first.planned_date, self.today + timedelta(days=5))
        self.assertEqual(first.state, "notified")
        order = first.fsm_order_id
        self.assertEqual(order.dispatch_kind, "maintenance_visit")
        self.assertEqual(
            (order.vehicle_id, order.location_id, order.person_id), (self.vehicle, self.location, self.person)
        )
        self.assertEqual(order.fsm_recurring_id, plan)
        self.assertEqual(order.maintenance_visit_id, first)
        local_start = fields.Datetime.context_timestamp(
            order.with_context(tz="Asia/Shanghai"), order.scheduled_date_start
        )
        self.assertEqual((local_start.date(), local_start.hour), (first.planned_date, 9), "9:00 the customer's time")
        self.assertIn("电话回访", order.todo, "the monthly visit's instructions")
        notice = order.message_ids.filtered(lambda m: m.message_type == "comment")
        self.assertEqual(notice.partner_ids, self.owner, "the customer is told")
        self.assertIn(str(first.planned_date), notice.subject)
        self.assertEqual(second.state, "planned", "a month later: not yet")
        # The daily task tells the customer when the next notice day comes, not before.
        self.assertFalse(plan._aftersales_notify_due_visits(second.notice_date - timedelta(days=1)))
        self.assertEqual(plan._aftersales_notify_due_visits(second.notice_date).maintenance_visit_id, second)

    def test_seasonal_visits_in_their_windows(self):
        plan = self._plan(template=self.seasonal)
        plan.action_start()
        visits = plan.visit_ids
        self.assertEqual(len(visits), 3, "three windows a year")
        for visit in visits:
            window = (
                (visit.planned_date.month, visit.planned_date.day),
                (visit.window_end.month, visit.window_end.day),
            )
            self.assertIn(window[1], [(4, 20), (8, 15), (11, 15)])
            self.assertTrue(visit.planned_date <= visit.window_end)
        due = visits.filtered(lambda v: v.notice_date <= self.today + timedelta(days=400))[:1]
        order = due._aftersales_make_orders()
        local_late = fields.Datetime.context_timestamp(order.with_context(tz="Asia/Shanghai"), order.request_late)
        self.assertEqual(local_late.date(), due.window_end, "the order may be done until the window closes")

    def test_plan_started_inside_a_window_visits_from_today(self):
        """A window open since five days: the plan started then gets its visit today, not skipped."""
        template = self.seasonal.copy({"name": "Open window"})
        opens, closes = self.today - timedelta(days=5), self.today + timedelta(days=10)
        template.aftersales_window_ids = [
            (5, 0, 0),
            (
                0,
                0,
                {"start_month": opens.month, "start_day": opens.day, "end_month": closes.month, "end_day": closes.day},
            ),
        ]
        plan = self._plan(template=template, start_date=fields.Datetime.to_datetime(opens) + timedelta(hours=2))
        plan.action_start()
        first = plan.visit_ids.sorted("planned_date")[0]
        self.assertEqual((first.planned_date, first.window_end), (self.today, closes))
        self.assertEqual(first.state, "notified", "due today: the customer is told and the order made")

    def test_plan_drawn_up_late(self):
        plan = self._plan(accepted_on=self.today - timedelta(days=40))
        self.assertEqual(plan.plan_due_date, self.today - timedelta(days=40) + relativedelta(months=1))
        plan.action_start()
        self.assertTrue(plan.is_late)
        self.assertEqual(plan.confirmed_on, self.today)
        self.assertIn("after its due date", plan.message_ids[0].body)
        on_time = self._plan(accepted_on=self.today - timedelta(days=10))
        on_time.action_start()
        self.assertFalse(on_time.is_late)

    def test_acceptance_defaults_to_delivery(self):
        self.vehicle.delivery_date = self.today - timedelta(days=3)
        plan = self._plan()
        self.assertEqual(plan.accepted_on, self.today - timedelta(days=3))

    def test_suspend_cancels_what_is_planned_and_restart_resumes_it(self):
        plan = self._plan(first_visit_in=3)
        plan.action_start()
        order = plan.visit_ids.fsm_order_id
        plan.action_suspend()
        self.assertEqual(set(plan.visit_ids.mapped("state")), {"cancelled"})
        self.assertEqual(order.stage_id, self.env.ref("fieldservice.fsm_stage_cancelled"))
        plan.action_start()
        self.assertEqual(Counter(plan.visit_ids.mapped("state")), {"planned": 11, "cancelled": 1})

    def test_visit_done_with_its_order(self):
        plan = self._plan(first_visit_in=2)
        plan.action_start()
        visit = plan.visit_ids.filtered("fsm_order_id")
        visit.fsm_order_id.action_complete()
        self.assertEqual(visit.state, "done")

    def test_notified_visit_is_rescheduled_on_its_order(self):
        plan = self._plan(first_visit_in=2)
        plan.action_start()
        notified = plan.visit_ids.filtered("fsm_order_id")
        with self.assertRaisesRegex(UserError, "reschedule its dispatch order"):
            notified.planned_date = notified.planned_date + timedelta(days=1)
        planned = plan.visit_ids - notified
        moved = planned[0].planned_date + timedelta(days=1)
        planned[0].planned_date = moved  # not yet told: moved freely, and its notice with it
        self.assertEqual(planned[0].notice_date, moved - timedelta(days=7))

    def test_problem_not_fixed_on_the_visit_becomes_a_case(self):
        plan = self._plan(first_visit_in=1)
        plan.action_start()
        order = plan.visit_ids.fsm_order_id.with_user(self.engineer)
        order.action_aftersales_dispatch()
        order.action_aftersales_arrive()
        self.env["aftersales.fsm.record"].with_user(self.engineer).create(
            {"order_id": order.id, "found": "压缩机异响", "analysis": "轴承磨损, 需返厂"}
        )
        order.action_aftersales_open_followup_case()
        case = order.sudo().followup_ticket_id
        self.assertTrue(case)
        self.assertEqual((case.partner_id, case.vehicle_id), (self.owner, self.vehicle))
        self.assertIn("压缩机异响", case.description)
        self.assertIn("轴承磨损", case.description)
        self.assertEqual(case.origin_fsm_order_ids, order)
        order.action_aftersales_open_followup_case()
        self.assertEqual(self.env["helpdesk.ticket"].search_count([("origin_fsm_order_ids", "in", order.ids)]), 1)

    def test_vehicle_shows_its_plans(self):
        self.assertEqual(self.vehicle.maintenance_plan_count, 0)
        plan = self._plan()
        self.vehicle.invalidate_recordset(["maintenance_plan_count"])
        self.assertEqual(self.vehicle.maintenance_plan_count, 1)
        action = self.case.action_aftersales_view_maintenance_plans()
        self.assertEqual(self.env["fsm.recurring"].search(action["domain"]), plan)
        self.assertEqual(self.case.maintenance_plan_count, 1)

    def test_window_must_be_a_day_of_the_year(self):
        with self.assertRaisesRegex(ValidationError, "2/30 is not a day of the year"):
            self.env["aftersales.maintenance.window"].create(
                {"template_id": self.seasonal.id, "start_month": 2, "start_day": 30, "end_month": 3, "end_day": 1}
            )
