from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.tests import BaseCase, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase

from ..tools.sla import (
    compliance,
    deadline,
    milestone_state,
    next_milestone,
    next_state_change,
    sla_state,
    time_left,
)

FRIDAY_4PM = datetime(2026, 3, 6, 16, 0)


@tagged("post_install", "-at_install")
class TestSlaRules(BaseCase):
    def test_deadline_around_the_clock(self):
        self.assertEqual(deadline(FRIDAY_4PM, 4), datetime(2026, 3, 6, 20, 0))
        self.assertEqual(deadline(FRIDAY_4PM, 0), FRIDAY_4PM, "0 hours = immediately")
        self.assertIsNone(deadline(FRIDAY_4PM, None))

    def test_states(self):
        start, due = datetime(2026, 3, 6, 10), datetime(2026, 3, 6, 20)
        self.assertEqual(milestone_state(datetime(2026, 3, 6, 12), start, due, None), "on_track")
        self.assertEqual(milestone_state(datetime(2026, 3, 6, 18, 30), start, due, None), "at_risk")
        self.assertEqual(milestone_state(datetime(2026, 3, 6, 21), start, due, None), "breached")
        self.assertEqual(milestone_state(datetime(2026, 3, 6, 21), start, due, datetime(2026, 3, 6, 19)), "met")
        self.assertEqual(milestone_state(datetime(2026, 3, 6, 21), start, due, datetime(2026, 3, 6, 20, 1)), "breached")
        self.assertIsNone(milestone_state(datetime(2026, 3, 6, 21), start, None, None))

    def test_worst_state_wins(self):
        now, start = datetime(2026, 3, 6, 12), datetime(2026, 3, 6, 10)
        late = (datetime(2026, 3, 6, 11), None)
        fine = (datetime(2026, 3, 7, 10), None)
        done = (datetime(2026, 3, 6, 11), datetime(2026, 3, 6, 10, 30))
        self.assertEqual(sla_state(now, start, [fine, late]), "breached")
        self.assertEqual(sla_state(now, start, [fine, done]), "on_track")
        self.assertEqual(sla_state(now, start, [done, (None, None)]), "met")
        self.assertIsNone(sla_state(now, start, [(None, None)]), "no target, no state")

    def test_next_state_change_is_the_next_threshold_ahead(self):
        start = FRIDAY_4PM
        due = start + timedelta(minutes=10)  # at risk after 8 minutes, breached after 10
        self.assertEqual(next_state_change(start, start, [(due, None)]), start + timedelta(minutes=8, seconds=1))
        self.assertEqual(
            next_state_change(start + timedelta(minutes=9), start, [(due, None)]),
            due + timedelta(seconds=1),
        )
        self.assertIsNone(next_state_change(due + timedelta(seconds=2), start, [(due, None)]), "breached stays")
        self.assertIsNone(next_state_change(start, start, [(due, start), (None, None)]), "met or without target")
        later = start + timedelta(hours=4)
        self.assertEqual(
            next_state_change(start + timedelta(minutes=9), start, [(due, start), (later, None)]),
            start + timedelta(hours=3, minutes=12, seconds=1),
            "the earliest threshold of the pending targets",
        )

    def test_compliance(self):
        self.assertEqual(compliance(3, 1), 0.75)
        self.assertIsNone(compliance(0, 0))

    def test_next_milestone_is_the_first_not_met(self):
        respond, onsite, restore = datetime(2026, 3, 6, 16, 5), datetime(2026, 3, 6, 16, 40), datetime(2026, 3, 6, 20)
        met = datetime(2026, 3, 6, 16, 3)

        def plan(responded=None, on_site=None, restored=None, onsite_due=onsite):
            return [("response", respond, responded), ("onsite", onsite_due, on_site), ("restore", restore, restored)]

        self.assertEqual(
            next_milestone(plan()), ("response", respond), "not responded: the response, not the restoration"
        )
        self.assertEqual(next_milestone(plan(responded=met)), ("onsite", onsite))
        self.assertEqual(
            next_milestone(plan(responded=met, onsite_due=None)), ("restore", restore), "no on-site target"
        )
        self.assertEqual(next_milestone(plan(responded=met, on_site=met)), ("restore", restore))
        self.assertEqual(next_milestone(plan(responded=met, restored=met)), (None, None), "restored: nothing is due")
        self.assertEqual(next_milestone(plan(on_site=met)), ("restore", restore), "a later milestone met: earlier moot")
        self.assertEqual(next_milestone([("response", None, None)]), (None, None), "no target at all")

    def test_time_left_in_one_readable_unit(self):
        now = datetime(2026, 3, 6, 16, 0)
        self.assertEqual(time_left(now, datetime(2026, 3, 6, 16, 25, 40)), (False, 25, "min"))
        self.assertEqual(time_left(now, datetime(2026, 3, 6, 16, 0, 20)), (False, 1, "min"), "never 0 min")
        self.assertEqual(time_left(now, datetime(2026, 3, 6, 13, 50)), (True, 2, "h"))
        self.assertEqual(time_left(now, datetime(2026, 3, 6, 15, 1)), (True, 59, "min"))
        self.assertEqual(time_left(now, datetime(2026, 3, 8, 15, 59)), (False, 47, "h"))
        self.assertEqual(time_left(now, datetime(2026, 3, 9, 17, 0)), (False, 3, "d"))
        self.assertIsNone(time_left(now, None))


@tagged("post_install", "-at_install")
class TestCaseSla(AftersalesCase):
    def _case(self, **vals):
        return self.env["helpdesk.ticket"].create(
            {"name": "Engine stalls", "description": "<p>Stalls at idle</p>", "partner_id": self.owner.id, **vals}
        )

    def test_matrix_deadlines_city_critical(self):
        case = self._case(severity="critical", service_zone="city", reported_date=FRIDAY_4PM)
        self.assertEqual(case.sla_response_deadline, datetime(2026, 3, 6, 16, 5))
        self.assertEqual(case.sla_escalate_deadline, FRIDAY_4PM)
        self.assertEqual(case.sla_onsite_deadline, datetime(2026, 3, 6, 16, 40))
        self.assertEqual(case.sla_restore_deadline, datetime(2026, 3, 6, 20, 0))

    def test_severity_or_zone_change_recomputes(self):
        case = self._case(severity="minor", service_zone="city", reported_date=FRIDAY_4PM)
        self.assertEqual(case.sla_onsite_deadline, datetime(2026, 3, 6, 17, 0))
        case.service_zone = "province"
        self.assertEqual(case.sla_onsite_deadline, datetime(2026, 3, 7, 0, 0))
        case.severity = "non_fault"
        self.assertEqual(case.sla_onsite_deadline, datetime(2026, 3, 7, 2, 0))
        self.assertFalse(case.sla_restore_deadline, "non-fault cases have no restoration target")

    def test_a_changed_rule_applies_to_the_next_case(self):
        """The rules are cached between cases: a change, an archived rule or a new one counts at once."""
        rule = self.env.ref("aftersales_helpdesk.sla_minor_city")
        first = self._case(severity="minor", service_zone="city", reported_date=FRIDAY_4PM)
        self.assertEqual(first.sla_response_deadline, datetime(2026, 3, 6, 16, 10))
        rule.response_hours = 1.0
        second = self._case(severity="minor", service_zone="city", reported_date=FRIDAY_4PM)
        self.assertEqual(second.sla_response_deadline, datetime(2026, 3, 6, 17, 0))
        self.assertEqual(first.sla_response_deadline, datetime(2026, 3, 6, 16, 10), "an open case keeps its deadline")
        rule.active = False
        self.assertFalse(self._case(severity="minor", service_zone="city").sla_rule_id)
        values = rule.copy_data({"active": True, "response_hours": 2.0})
        rule.unlink()
        replacement = rule.create(values)
        third = self._case(severity="minor", service_zone="city", reported_date=FRIDAY_4PM)
        self.assertEqual(third.sla_rule_id, replacement)
        self.assertEqual(third.sla_response_deadline, datetime(2026, 3, 6, 18, 0))

    def test_zone_defaults_from_customer(self):
        self.owner.service_zone = "remote"
        self.assertEqual(self._case().service_zone, "remote")

    def test_working_calendar_across_weekend(self):
        calendar = self.env["resource.calendar"].create(
            {
                "name": "Office hours",
                "tz": "UTC",
                "attendance_ids": [
                    (0, 0, {"name": f"{day} {start}", "dayofweek": str(day), "hour_from": start, "hour_to": end})
                    for day in range(5)
                    for start, end in ((8, 12), (13, 17))
                ],
            }
        )
        rule = self.env.ref("aftersales_helpdesk.sla_minor_city")
        rule.resource_calendar_id = calendar
        case = self._case(severity="minor", service_zone="city", reported_date=FRIDAY_4PM)
        # One working hour left on Friday, the other three on Monday morning.
        self.assertEqual(case.sla_restore_deadline, datetime(2026, 3, 9, 11, 0))
        self.assertEqual(case.sla_response_deadline, datetime(2026, 3, 6, 16, 10))

    def test_every_sla_state(self):
        with freeze_time(FRIDAY_4PM):
            case = self._case(severity="major", service_zone="city", reported_date=FRIDAY_4PM)
            self.assertEqual(case.sla_state, "on_track")
        with freeze_time("2026-03-06 16:09"):  # 1 of the 10 response minutes left
            self.env["helpdesk.ticket"]._cron_sla_escalation()
            self.assertEqual(case.sla_state, "at_risk")
        with freeze_time("2026-03-06 16:11"):
            self.env["helpdesk.ticket"]._cron_sla_escalation()
            self.assertEqual(case.sla_state, "breached")
        met = self._case(severity="major", service_zone="city", reported_date=FRIDAY_4PM)
        with freeze_time("2026-03-06 16:03"):
            met.action_mark_onsite()
            met.action_mark_restored()
        self.assertEqual(met.sla_state, "met")

    def test_next_deadline_follows_the_milestones(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        with freeze_time(FRIDAY_4PM):
            case = self._case(severity="critical", service_zone="city", reported_date=FRIDAY_4PM)
            self.assertEqual(
                (case.sla_next_milestone, case.sla_next_deadline), ("response", case.sla_response_deadline)
            )
            self.assertNotEqual(case.sla_next_deadline, case.sla_restore_deadline)
            self.assertEqual(case.sla_time_left, "5 min left")
        with freeze_time("2026-03-06 18:10"):
            case.invalidate_recordset(["sla_time_left"])
            self.assertEqual(case.with_context(lang="zh_CN").sla_time_left, "超时 2 小时")
            case.action_mark_responded()
            self.assertEqual((case.sla_next_milestone, case.sla_next_deadline), ("onsite", case.sla_onsite_deadline))
            case.action_mark_onsite()
            self.assertEqual(case.sla_next_milestone, "restore")
            case.invalidate_recordset(["sla_time_left"])
            self.assertEqual(case.sla_time_left, "1 h left")
            case.action_mark_restored()
            self.assertFalse(case.sla_next_milestone or case.sla_next_deadline or case.sla_time_left)

    def test_public_reply_is_the_first_response(self):
        case = self._case().with_user(self.agent)
        case.message_post(body="We are on it", message_type="comment", subtype_xmlid="mail.mt_note")
        self.assertFalse(case.first_response_date, "an internal note is no response")
        case.message_post(body="We are on it", message_type="comment", subtype_xmlid="mail.mt_comment")
        self.assertTrue(case.first_response_date)

    def test_closing_restores(self):
        case = self._case()
        case.stage_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        self.assertTrue(case.restore_date)

    def test_odometer_recorded_from_case(self):
        vehicle = self._vehicle("TSTADRJF7K1000001")
        self._case(vehicle_id=vehicle.id, odometer=15200)
        self.assertEqual(vehicle.odometer, 15200)
        self.assertEqual(vehicle.odometer_reading_ids.source, "case")

    def test_scheduled_refresh_reads_only_cases_the_clock_changed(self):
        with freeze_time(FRIDAY_4PM):
            soon = self._case(severity="major", service_zone="city", reported_date=FRIDAY_4PM)
            later = self._case(severity="major", service_zone="city", reported_date=datetime(2026, 3, 6, 16, 5))
            answered = self._case(severity="major", service_zone="city", reported_date=FRIDAY_4PM)
            answered.action_mark_onsite()
            answered.action_mark_restored()
            (soon | later | answered).flush_recordset()  # computed at creation time, as a request does
        self.assertEqual(soon.sla_state_next_change, datetime(2026, 3, 6, 16, 8, 1))
        self.assertEqual(later.sla_state_next_change, datetime(2026, 3, 6, 16, 13, 1))
        self.assertFalse(answered.sla_state_next_change, "a met case never changes by the clock")
        Ticket = self.env["helpdesk.ticket"]
        messages = soon.message_ids
        with freeze_time("2026-03-06 16:09"):
            self.assertEqual(Ticket._sla_refresh_states(batch_size=10), (1, 0), "only the case at risk now")
            self.assertEqual((soon.sla_state, later.sla_state), ("at_risk", "on_track"))
            self.assertEqual(soon.sla_state_next_change, datetime(2026, 3, 6, 16, 10, 1))
            soon.invalidate_recordset(["message_ids"])
            self.assertEqual(soon.message_ids, messages, "no tracking message for a state the clock moved")
            self.assertEqual(Ticket._sla_refresh_states(batch_size=10), (0, 0), "nothing more to do")

    def test_scheduled_refresh_goes_in_batches(self):
        with freeze_time(FRIDAY_4PM):
            cases = self.env["helpdesk.ticket"].browse(
                [self._case(severity="major", service_zone="city", reported_date=FRIDAY_4PM).id for _i in range(3)]
            )
            cases.flush_recordset()
        with freeze_time("2026-03-06 16:11"):
            Ticket = self.env["helpdesk.ticket"]
            self.assertEqual(Ticket._sla_refresh_states(batch_size=2), (2, 1))
            self.assertEqual(Ticket._sla_refresh_states(batch_size=2), (1, 0))
            self.assertEqual(set(cases.mapped("sla_state")), {"breached"})
