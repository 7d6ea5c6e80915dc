from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, tagged

from odoo.addons.aftersales_base.tests.common import perform_queued_jobs

from .common import CallbackMixin


@tagged("post_install", "-at_install")
class TestCallbacks(CallbackMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_callbacks()

    def _generated(self, rule=None):
        return self.env["aftersales.callback"].search([("rule_id", "=", (rule or self.rule).id)])

    def test_a_finished_warranty_job_gets_one_callback(self):
        job = self._finished_job()
        self.rule._generate_callbacks()
        self.rule._generate_callbacks()
        callback = self._generated().filtered(lambda c: c.repair_id == job)
        self.assertEqual(len(callback), 1, "once per event, however often the rules run")
        self.assertEqual(
            (callback.partner_id, callback.vehicle_id, callback.station_id, callback.user_id),
            (self.customer, self.vehicle, self.station, self.agent),
        )
        self.assertEqual(callback.scheduled_date, self.today + timedelta(days=3))
        self.assertEqual(callback.deadline, self.today + timedelta(days=7))
        self.assertEqual(callback.phone, self.customer.phone)

    def test_the_scheduler_queues_one_callback_job_that_creates_them(self):
        job = self._finished_job()
        cron = self.env.ref("aftersales_survey.ir_cron_generate_callbacks")
        cron.method_direct_trigger()
        cron.method_direct_trigger()
        queued = self.env["queue.job"].search([("method_name", "=", "_cron_generate_callbacks")])
        self.assertEqual(len(queued), 1, "one job waits at a time")
        self.assertEqual(queued.channel, "root.aftersales.callback")
        self.assertEqual(perform_queued_jobs(self.env, "_cron_generate_callbacks"), 1)
        self.assertEqual(len(self._generated().filtered(lambda c: c.repair_id == job)), 1)

    def test_customer_paid_job_is_not_a_warranty_callback(self):
        job = self._finished_job(pay_type="customer")
        self.rule._generate_callbacks()
        self.assertFalse(self._generated().filtered(lambda c: c.repair_id == job))
        self.rule.repair_scope = "all"
        self.rule._generate_callbacks()
        self.assertTrue(self._generated().filtered(lambda c: c.repair_id == job))

    def test_old_events_are_left_alone(self):
        job = self._finished_job(done_date=self.today - timedelta(days=31))
        self.rule._generate_callbacks()
        self.assertFalse(self._generated().filtered(lambda c: c.repair_id == job))

    def test_new_vehicle_called_within_ten_days(self):
        self.vehicle.delivery_date = self.today - timedelta(days=1)
        rule = self.env.ref("aftersales_survey.rule_new_vehicle")
        rule._generate_callbacks()
        callback = self._generated(rule).filtered(lambda c: c.vehicle_id == self.vehicle)
        self.assertEqual(callback.scheduled_date, self.today + timedelta(days=2))
        self.assertEqual(callback.deadline, self.today + timedelta(days=9))

    def test_key_customers_twice_a_year(self):
        rule = self.env.ref("aftersales_survey.rule_key_customers")
        self.customer.aftersales_key_customer = True
        first_half = self.today.replace(month=3, day=1)
        rule._generate_callbacks(first_half)
        rule._generate_callbacks(first_half + relativedelta(months=2))
        rule._generate_callbacks(first_half + relativedelta(months=5))
        self.assertEqual(len(self._generated(rule).filtered(lambda c: c.partner_id == self.customer)), 2)

    def test_case_waiting_for_its_callback(self):
        ticket = self.env["helpdesk.ticket"].create(
            {"name": "Engine light", "description": "On", "partner_id": self.customer.id, "vehicle_id": self.vehicle.id}
        )
        ticket.stage_id = self.env.ref("aftersales_survey.stage_awaiting_callback")
        rule = self.env.ref("aftersales_survey.rule_case_closure")
        rule._generate_callbacks()
        callback = self._generated(rule).filtered(lambda c: c.ticket_id == ticket)
        self.assertEqual((callback.scheduled_date, callback.deadline), (self.today, self.today + timedelta(days=2)))
        return ticket, callback

    def test_satisfied_customer_closes_the_case(self):
        ticket, callback = self.test_case_waiting_for_its_callback()
        callback.outcome = "satisfied"
        callback.with_user(self.agent).action_done()
        self.assertEqual(callback.state, "done")
        self.assertTrue(ticket.stage_id.closed)
        self.assertEqual(ticket.stage_id, self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done"))

    def test_unresolved_reopens_and_escalates(self):
        ticket, callback = self.test_case_waiting_for_its_callback()
        callback.write({"outcome": "unresolved", "note": "Light came back on"})
        callback.with_user(self.agent).action_done()
        self.assertFalse(ticket.stage_id.closed)
        self.assertEqual(ticket.stage_id, self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_in_progress"))
        escalation = ticket.activity_ids.filtered(lambda a: a.user_id == self.supervisor)
        self.assertEqual(escalation.date_deadline, self.today + timedelta(days=2))
        reply = ticket.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("mail.mail_activity_data_call")
        )
        self.assertEqual(reply.date_deadline, self.today)

    def test_done_needs_an_outcome(self):
        callback = self._callback()
        with self.assertRaisesRegex(UserError, "outcome"):
            callback.action_done()

    def test_unanswered_calls_are_retried_then_unreachable(self):
        callback = self._callback()
        callback.action_unreachable()
        self.assertEqual((callback.state, callback.attempt_count), ("scheduled", 1))
        self.assertEqual(callback.scheduled_date, self.today + timedelta(days=1))
        callback.action_unreachable()
        callback.action_unreachable()
        self.assertEqual((callback.state, callback.attempt_count), ("unreachable", 3))
        with self.assertRaisesRegex(UserError, "no longer scheduled"):
            callback.action_unreachable()

    def test_score_from_the_answers(self):
        callback = self._callback()
        answer = self._answer(callback, [5, 4, 4, 5, 4])
        answer._mark_done()
        self.assertEqual(callback.score, 88.0)
        self.assertEqual((callback.state, callback.outcome), ("done", "satisfied"))

    def test_a_low_mark_leaves_the_call_to_the_agent(self):
        callback = self._callback()
        answer = self._answer(callback, [5, 5, 2, 5, 5])
        answer._mark_done()
        self.assertEqual(callback.score, 88.0)
        self.assertEqual(callback.state, "scheduled")
        self.assertIn("low mark", callback.activity_ids.note)

    def test_kpis_on_a_known_data_set(self):
        # A company of its own, so that nothing else (demo data) is counted.
        company = self.env["res.company"].create({"name": "KPI Motors"})
        past = self.today - timedelta(days=3)
        done = {"scheduled_date": past, "deadline": past, "state": "done", "done_date": past}
        # Its own vehicle too: a callback never points at another company's vehicle.
        vehicle = self.env["aftersales.vehicle"].create({"vin": "KPXADRJF7K1000001", "company_id": company.id})
        own = {"company_id": company.id, "vehicle_id": vehicle.id}
        self._callback(outcome="satisfied", **done, **own)
        self._callback(outcome="satisfied", **done, **own)
        self._callback(outcome="unresolved", **done, **own)
        self._callback(state="unreachable", scheduled_date=past, deadline=past, **own)
        self._callback(scheduled_date=self.today, deadline=self.today + timedelta(days=5), **own)
        self.env.flush_all()
        analysis = self.env["aftersales.satisfaction.analysis"].create({"year": past.year, "company_id": company.id})
        self.assertEqual((analysis.due_count, analysis.done_count, analysis.satisfied_count), (4, 3, 2))
        self.assertEqual(analysis.callback_rate, 75.0)
        self.assertAlmostEqual(analysis.satisfaction_rate, 66.67)
        self.assertFalse(analysis.callback_rate_met)
        company.aftersales_callback_rate_target = 70
        analysis.invalidate_recordset()
        self.assertTrue(analysis.callback_rate_met)
        action = analysis.action_export_xlsx()
        self.assertTrue(action["url"].startswith("/web/content/"))
        overall = self.env["aftersales.callback.report"]._read_group(
            [("company_id", "=", company.id)],
            [],
            ["callback_rate:avg", "satisfaction_rate:avg"],
        )
        self.assertEqual(overall[0][0], 75.0, "the pivot's average of the per-row rates is the callback rate")

    def test_agents_see_their_calls_stations_their_customers(self):
        mine = self._callback()
        theirs = self._callback(user_id=self.other_agent.id)
        Callback = self.env["aftersales.callback"]
        self.assertEqual(Callback.with_user(self.agent).search([("id", "in", (mine | theirs).ids)]), mine)
        self.assertEqual(Callback.with_user(self.supervisor).search([("id", "in", (mine | theirs).ids)]), mine | theirs)
        station_user = self.env["res.users"].create(
            {
                "name": "Station clerk",
                "login": "cb_station",
                "groups_id": [(6, 0, self.env.ref("aftersales_base.group_aftersales_station").ids)],
                "aftersales_station_id": self.station.id,
            }
        )
        mine.station_id = self.station
        self.assertEqual(Callback.with_user(station_user).search([("id", "in", (mine | theirs).ids)]), mine)
        with self.assertRaises(AccessError):
            mine.with_user(station_user).note = "not mine to write"

    def test_rule_dates_must_make_sense(self):
        with self.assertRaises(ValidationError):
            self.rule.write({"delay_days": 8, "deadline_days": 7})


@tagged("post_install", "-at_install")
class TestSatisfactionTargets(CallbackMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_callbacks()

    def test_each_rule_has_its_000_11_target_in_the_analysis(self):
        """Consulting (case closure) 98 %, repairs 95 %: the analysis shows each callback against its rule's."""
        closure = self.env.ref("aftersales_survey.rule_case_closure")
        self.assertEqual((closure.satisfaction_target, self.rule.satisfaction_target), (98.0, 95.0))
        consulting = self._callback(rule_id=closure.id)
        repair = self._callback(rule_id=self.rule.id)
        report = self.env["aftersales.callback.report"].search([("callback_id", "in", (consulting | repair).ids)])
        self.assertEqual({row.callback_id: row.satisfaction_target for row in report}, {consulting: 98.0, repair: 95.0})
