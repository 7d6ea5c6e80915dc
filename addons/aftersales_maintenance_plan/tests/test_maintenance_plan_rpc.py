from datetime import timedelta
from xmlrpc.client import Fault

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.aftersales_fieldservice.tests.common import make_engineer


@tagged("post_install", "-at_install")
class TestMaintenancePlanOverRpc(HttpCase):
    """Plans from any client (here XML-RPC): the call centre draws them up and starts them, a station reads
    its own, an engineer the visits of their orders; what the actions move is refused to a plain write."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer = cls.env["res.partner"].create({"name": "RPC Plan Customer", "email": "c@example.com"})
        cls.station = cls.env["res.partner"].create({"name": "RPC Plan Station", "is_service_station": True})
        cls.other_station = cls.env["res.partner"].create({"name": "RPC Plan Station 2", "is_service_station": True})
        cls.location = cls.env["fsm.location"].create({"name": "RPC plan site", "owner_id": cls.customer.id})
        cls.engineer, cls.person = make_engineer(cls.env, "plan_engineer")
        cls.other_engineer, cls.other_person = make_engineer(cls.env, "plan_other_engineer")
        cls.agent = new_test_user(
            cls.env, "plan_agent", groups="aftersales_base.group_aftersales_user", password="plan_agent-password"
        )
        cls.station_user = new_test_user(
            cls.env, "plan_station", groups="aftersales_base.group_aftersales_station", password="plan_station-password"
        )
        cls.station_user.aftersales_station_id = cls.station
        cls.template = cls.env.ref("aftersales_maintenance_plan.recurring_template_preventive")
        today = fields.Date.context_today(cls.env["fsm.recurring"])
        # The first visit in 3 days: starting the plan tells the customer and makes its order.
        cls.start = fields.Datetime.to_datetime(today + timedelta(days=3) - relativedelta(months=1)) + timedelta(
            hours=2
        )
        cls.foreign_plan = cls.env["fsm.recurring"].create(
            {
                "fsm_recurring_template_id": cls.template.id,
                "location_id": cls.location.id,
                "station_id": cls.other_station.id,
                "person_id": cls.other_person.id,
                "start_date": cls.start,
            }
        )
        cls.foreign_plan.action_start()

    def _rpc(self, user, model, method, args, kwargs=None):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", model, method, args, kwargs or {}
        )

    def _agent_plan(self):
        plan_id = self._rpc(
            self.agent,
            "fsm.recurring",
            "create",
            [
                {
                    "fsm_recurring_template_id": self.template.id,
                    "location_id": self.location.id,
                    "station_id": self.station.id,
                    "person_id": self.person.id,
                    "start_date": fields.Datetime.to_string(self.start),
                }
            ],
        )
        self._rpc(self.agent, "fsm.recurring", "action_start", [[plan_id]])
        return self.env["fsm.recurring"].browse(plan_id)

    def test_call_centre_draws_up_and_starts_a_plan(self):
        plan = self._agent_plan()
        self.assertEqual(plan.state, "progress")
        self.assertEqual(len(plan.visit_ids), 12)
        self.assertEqual(plan.visit_ids.fsm_order_id.person_id, self.person)

    def test_what_the_actions_move_is_not_written(self):
        plan = self._agent_plan()
        for vals in ({"state": "close"}, {"visits_until": "2030-01-01"}, {"confirmed_on": "2020-01-01"}):
            with self.assertRaisesRegex(Fault, "not written directly"):
                self._rpc(self.agent, "fsm.recurring", "write", [plan.ids, vals])
        visit = plan.visit_ids.filtered(lambda v: not v.fsm_order_id)[:1]
        for vals in ({"state": "done"}, {"fsm_order_id": plan.visit_ids.fsm_order_id.id}):
            with self.assertRaisesRegex(Fault, "not written directly"):
                self._rpc(self.agent, "aftersales.maintenance.visit", "write", [visit.ids, vals])
        with self.assertRaisesRegex(Fault, "not allowed to create"):
            self._rpc(
                self.agent,
                "aftersales.maintenance.visit",
                "create",
                [{"plan_id": plan.id, "visit_type": "monthly", "planned_date": "2030-01-01"}],
            )
        self.assertEqual(plan.state, "progress")
        self.assertEqual(visit.state, "planned")

    def test_station_reads_its_own_plans_only(self):
        plan = self._agent_plan()
        self.assertEqual(self._rpc(self.station_user, "fsm.recurring", "search", [[]]), plan.ids)
        visits = self._rpc(self.station_user, "aftersales.maintenance.visit", "search", [[]])
        self.assertEqual(sorted(visits), sorted(plan.visit_ids.ids))
        with self.assertRaisesRegex(Fault, "not allowed to modify"):
            self._rpc(self.station_user, "fsm.recurring", "write", [plan.ids, {"description": "x"}])

    def test_engineer_sees_the_visits_of_their_orders_and_reports_a_problem(self):
        plan = self._agent_plan()
        own = self._rpc(self.engineer, "aftersales.maintenance.visit", "search", [[]])
        self.assertEqual(own, plan.visit_ids.filtered("fsm_order_id").ids)
        order = plan.visit_ids.fsm_order_id
        self._rpc(self.engineer, "fsm.order", "action_aftersales_dispatch", [order.ids])
        self._rpc(self.engineer, "fsm.order", "action_aftersales_arrive", [order.ids])
        self._rpc(self.engineer, "fsm.order", "action_aftersales_open_followup_case", [order.ids])
        self.assertEqual(order.followup_ticket_id.partner_id, self.customer)
        foreign_order = self.foreign_plan.visit_ids.fsm_order_id
        with self.assertRaisesRegex(Fault, "doesn't have '(read|write)' access"):
            self._rpc(self.engineer, "fsm.order", "action_aftersales_open_followup_case", [foreign_order.ids])
        self.assertFalse(foreign_order.followup_ticket_id)
