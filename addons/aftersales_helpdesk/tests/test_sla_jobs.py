from datetime import datetime

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase, perform_queued_jobs

FRIDAY_4PM = datetime(2026, 3, 6, 16, 0)


@tagged("post_install", "-at_install")
class TestSlaJobs(AftersalesCase):
    """The scheduled SLA refresh and escalation run as OCA queue jobs in their own channel."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cron = cls.env.ref("aftersales_helpdesk.ir_cron_sla_escalation")
        with freeze_time(FRIDAY_4PM):
            cls.cases = cls.env["helpdesk.ticket"].create(
                [
                    {
                        "name": f"Stalls {n}",
                        "description": "Stalls at idle",
                        "severity": "major",
                        "service_zone": "city",
                        "reported_date": FRIDAY_4PM,
                    }
                    for n in range(3)
                ]
            )
            cls.cases.flush_recordset()

    def _jobs(self):
        return self.env["queue.job"].search([("method_name", "=", "_cron_sla_escalation")])

    def test_the_scheduler_queues_one_job_in_the_sla_channel(self):
        self.cron.method_direct_trigger()
        self.cron.method_direct_trigger()
        job = self._jobs()
        self.assertEqual(len(job), 1, "one job waits at a time, however often the scheduler fires")
        self.assertEqual(job.channel, "root.aftersales.sla")
        self.assertEqual(job.state, "pending")

    def test_the_job_refreshes_a_batch_and_queues_the_rest(self):
        with freeze_time("2026-03-06 16:31"):  # response breached, escalation due (30 minutes)
            Ticket = self.env["helpdesk.ticket"].with_context(job_uuid="a-running-job")
            Ticket._cron_sla_escalation(batch_size=2)
            self.assertEqual(self.cases.mapped("sla_state").count("breached"), 2, "one batch")
            self.assertEqual(len(self._jobs()), 1, "the rest is queued as the next job")
            self.assertEqual(perform_queued_jobs(self.env, "_cron_sla_escalation"), 1)
            self.assertEqual(set(self.cases.mapped("sla_state")), {"breached"}, "the next job did the rest")
            self.assertEqual(self.cases.mapped("escalation_level"), [1, 1, 1], "escalated once each")
            self.assertEqual(self._jobs().mapped("state"), ["done"], "nothing more queued")
            Ticket._cron_sla_escalation(batch_size=2)
            self.assertEqual(self.cases.mapped("escalation_level"), [1, 1, 1], "a second run changes nothing")
            self.assertEqual(len(self._jobs()), 1)
