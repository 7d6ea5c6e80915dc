from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools.misc import format_date

from .common import NoticeCase, Recorder


@tagged("post_install", "-at_install")
class TestSmsProvider(NoticeCase):
    """Every SMS goes through the company's provider choice; none sent is ever lost."""

    def _queue(self, sms):
        """The SMS scheduler's run on these SMS (the cron ``sms.ir_cron_sms_scheduler_action``)."""
        self.env["sms.sms"]._process_queue(ids=sms.ids)
        return sms.exists()

    def test_no_provider_keeps_sms_queued_and_listed(self):
        job = self._finish_job()
        sms = self._sms_of(job)
        self.assertEqual(len(sms), 1)
        self.assertEqual(self._queue(sms), sms, "nothing deleted")
        sms.send()
        self.assertEqual((sms.state, sms.to_delete), ("outgoing", False), "no provider: waits in the queue")
        self.assertEqual(self._unsent() & sms, sms, "listed for the after-sales manager")
        self.assertEqual(
            sms.mail_message_id.notification_ids.notification_status, "ready", "the chatter shows it waiting"
        )

    def test_recording_provider_gets_the_delivery_sms(self):
        recorder = Recorder()
        with self.sms_provider(recorder):
            job = self._finish_job()
            sms = self._sms_of(job)
            self.assertEqual(sms.state, "outgoing", "queued with the job, sent by the SMS queue")
            self.assertFalse(recorder.sent, "nothing leaves before the queue runs")
            self._queue(sms)
        self.assertEqual(len(recorder.sent), 1)
        number, body = recorder.sent[0]
        self.assertEqual(number, "+8613800138000", "the customer's mobile")
        self.assertIn(job.name, body)
        self.assertIn("144.00", body, "what the customer pays: the customer-paid labour only")
        self.assertNotIn("204.00", body)
        self.assertIn(format_date(self.env, self.vehicle.next_service_date), body, "next maintenance date")
        self.assertIn(f"{self.vehicle.next_service_km:,} km", body, "next maintenance mileage")
        # A job with warranty lines gets the warranty-repair callback: 3 to 7 days after pick-up.
        start, end = job._aftersales_notice_callback_dates()
        self.assertEqual(((start - job.aftersales_done_date).days, (end - job.aftersales_done_date).days), (3, 7))
        self.assertIn(format_date(self.env, start), body)
        self.assertEqual((sms.state, sms.failure_type), ("pending", False), "sent")
        self.assertEqual(sms.mail_message_id.notification_ids.notification_status, "pending")
        self.assertFalse(self._unsent() & sms)

    def test_provider_failure_leaves_the_sms_in_error(self):
        def down(company, sms_records):
            raise ConnectionError("SMS gateway unreachable")

        with self.sms_provider(down):
            job = self._finish_job()
            sms = self._sms_of(job)
            self._queue(sms)
        self.assertTrue(sms.exists(), "kept")
        self.assertEqual((sms.state, sms.failure_type, sms.to_delete), ("error", "sms_server", False))
        self.assertEqual(sms.aftersales_failure_reason, "SMS gateway unreachable")
        notification = sms.mail_message_id.notification_ids
        self.assertEqual(
            (notification.notification_status, notification.failure_reason),
            ("exception", "SMS gateway unreachable"),
            "the chatter shows the failure and why",
        )
        self.assertEqual(self._unsent() & sms, sms)
        # Odoo's own Retry, from the unsent list by an after-sales manager (not an administrator).
        sms.with_user(self.manager).action_set_outgoing()
        self.assertEqual((sms.state, sms.failure_type, sms.aftersales_failure_reason), ("outgoing", False, False))
        self.assertEqual(notification.notification_status, "ready")
        recorder = Recorder()
        with self.sms_provider(recorder):
            self._queue(sms)
        self.assertEqual(len(recorder.sent), 1, "the retried SMS goes out once the provider is back")

    def test_refused_sms_kept_with_the_provider_reason(self):
        other = self.owner.copy({"name": "Other Owner", "mobile": "139 0013 9000", "email": False})
        recorder = Recorder(refuse={"+8613900139000": "number on the operator's block list"})
        with self.sms_provider(recorder):
            jobs = self._finish_job() | self._finish_job(partner=other)
            sms = self._sms_of(jobs)
            self._queue(sms)
        refused = sms.filtered(lambda s: s.number == "+8613900139000")
        self.assertEqual(len(recorder.sent), 1)
        self.assertEqual(((sms - refused).state, refused.state), ("pending", "error"))
        self.assertEqual(refused.aftersales_failure_reason, "number on the operator's block list")

    def test_unknown_provider_keeps_sms_queued(self):
        """A provider whose addon was uninstalled: its SMS wait for another one."""
        job = self._finish_job()
        sms = self._sms_of(job)
        self.env.cr.execute(
            "UPDATE res_company SET aftersales_sms_provider = 'gone' WHERE id = %s", [self.env.company.id]
        )
        self.env.company.invalidate_recordset(["aftersales_sms_provider"])
        self._queue(sms)
        self.assertEqual(sms.state, "outgoing")

    def test_unsent_list_is_for_managers(self):
        job = self._finish_job()
        station_user = self.env["res.users"].create(
            {
                "name": "Station user",
                "login": "notice_station_list",
                "groups_id": [(6, 0, self.env.ref("aftersales_base.group_aftersales_station").ids)],
            }
        )
        self.assertTrue(self._unsent() & self._sms_of(job))
        with self.assertRaises(AccessError):
            self._unsent(station_user)
