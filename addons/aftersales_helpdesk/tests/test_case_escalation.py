from datetime import datetime

from freezegun import freeze_time

from odoo.tests import new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase


@tagged("post_install", "-at_install")
class TestCaseEscalation(AftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.leader = new_test_user(cls.env, "leader", groups="aftersales_base.group_aftersales_user")
        cls.manager = new_test_user(cls.env, "boss", groups="aftersales_base.group_aftersales_manager")
        cls.team = cls.env["helpdesk.ticket.team"].create({"name": "Desk", "user_id": cls.leader.id})
        cls.env.company.aftersales_escalation_user_id = cls.manager

    def _case_at_ten(self, severity):
        with freeze_time("2026-03-06 10:00"):
            return self.env["helpdesk.ticket"].create(
                {
                    "name": "Brake warning",
                    "description": "<p>light on</p>",
                    "severity": severity,
                    "service_zone": "city",
                    "team_id": self.team.id,
                    "reported_date": datetime(2026, 3, 6, 10, 0),
                }
            )

    def _activities(self, case, user):
        return case.activity_ids.filtered(lambda a: a.user_id == user)

    def test_escalates_once_per_step(self):
        Ticket = self.env["helpdesk.ticket"]
        case = self._case_at_ten("major")
        with freeze_time("2026-03-06 10:05"):
            Ticket._cron_sla_escalation()
            self.assertEqual(case.escalation_level, 0, "escalation time (30 min) not reached")
        with freeze_time("2026-03-06 10:31"):
            Ticket._cron_sla_escalation()
            Ticket._cron_sla_escalation()
            self.assertEqual(case.escalation_level, 1)
            self.assertEqual(len(self._activities(case, self.leader)), 1, "team leader told once")
            self.assertFalse(self._activities(case, self.manager))
        with freeze_time("2026-03-06 14:01"):  # restore target (4 h) missed
            Ticket._cron_sla_escalation()
            Ticket._cron_sla_escalation()
            self.assertEqual(case.escalation_level, 2)
            self.assertEqual(len(self._activities(case, self.manager)), 1, "manager told once")
            self.assertEqual(len(self._activities(case, self.leader)), 1)
        escalations = case.message_ids.filtered(lambda m: "Escalated to level" in (m.body or ""))
        self.assertEqual(len(escalations), 2)

    def test_responded_case_is_not_escalated(self):
        Ticket = self.env["helpdesk.ticket"]
        case = self._case_at_ten("non_fault")
        with freeze_time("2026-03-06 10:02"):
            case.action_mark_responded()
        with freeze_time("2026-03-06 18:00"):
            Ticket._cron_sla_escalation()
        self.assertEqual(case.escalation_level, 0)
