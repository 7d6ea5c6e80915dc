from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import NoticeCase, Recorder


@freeze_time("2026-06-25")
@tagged("post_install", "-at_install")
class TestMaintenanceNotice(NoticeCase):
    """保养提醒: the owner is reminded by email and SMS, in batches, once for each due date."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.aftersales_maintenance_reminder_days = 14
        # Due on 2026-07-01 (6 months after delivery), within the 14 days; the other one in September.
        cls.due = cls._vehicle(
            "TSTNTCJF7K1000002", delivery_date=date(2026, 1, 1), license_plate="京B·20001", station_id=cls.station_a.id
        )
        cls.later = cls._vehicle("TSTNTCJF7K1000003", delivery_date=date(2026, 3, 1))

    def _reminders(self, vehicle):
        """The reminder emails and SMS of ``vehicle``."""
        mails = self._mails_of(vehicle)
        sms = self.env["sms.sms"].sudo().search([("number", "=", "+8613800138000"), ("body", "like", vehicle.vin)])
        return mails, sms

    def test_owner_reminded_once_per_due_date(self):
        self.assertEqual(self.due.next_service_date, date(2026, 7, 1))
        Vehicle = self.env["aftersales.vehicle"]
        Vehicle._cron_maintenance_reminders()
        mail, sms = self._reminders(self.due)
        self.assertEqual((len(mail), len(sms)), (1, 1))
        self.assertEqual((mail.state, mail.recipient_ids), ("outgoing", self.owner))
        self.assertIn("京B·20001", mail.subject)
        self.assertIn("07/01/2026", mail.body_html)
        self.assertIn("07/01/2026", sms.body)
        self.assertIn("Station A", sms.body, "who to book with")
        self.assertEqual(sms.state, "outgoing")
        self.assertEqual(self.due.aftersales_owner_reminded_date, date(2026, 7, 1))
        self.assertEqual(
            sorted(self.due.message_ids.mapped("message_type")),
            ["email_outgoing", "sms"],
            "both in the vehicle's chatter",
        )
        later_mail, later_sms = self._reminders(self.later)
        self.assertFalse(later_mail or later_sms, "not due yet")
        self.assertTrue(self.due.activity_ids, "the adviser's activity as before")

        Vehicle._cron_maintenance_reminders()
        mail, sms = self._reminders(self.due)
        self.assertEqual((len(mail), len(sms)), (1, 1), "a second run does not remind twice")

        # Serviced: a new due date, reminded when it comes.
        self.due.write({"last_service_date": date(2026, 1, 5)})
        self.assertEqual(self.due.next_service_date, date(2026, 7, 5))
        Vehicle._cron_maintenance_reminders()
        mail, sms = self._reminders(self.due)
        self.assertEqual((len(mail), len(sms)), (2, 2), "reminded again for the new due date")

    def test_owner_of_two_vehicles_gets_a_reminder_for_each(self):
        self.later.last_service_date = date(2026, 1, 2)
        self.env["aftersales.vehicle"]._cron_maintenance_reminders()
        for vehicle in self.due | self.later:
            mail, sms = self._reminders(vehicle)
            self.assertEqual((len(mail), len(sms)), (1, 1), vehicle.vin)

    def test_reminders_respect_the_batch(self):
        self.later.last_service_date = date(2026, 1, 2)
        due = self.due | self.later
        Vehicle = self.env["aftersales.vehicle"]
        self.assertEqual(Vehicle._aftersales_remind_owners(batch_size=0)[0], 0)
        reminded, remaining = Vehicle._aftersales_remind_owners(batch_size=1)
        self.assertEqual(reminded, 1)
        self.assertGreaterEqual(remaining, 1)
        Vehicle._aftersales_remind_owners(batch_size=10000)
        self.assertFalse(due.filtered("aftersales_owner_reminder_due"))

    def test_batch_costs_no_query_per_vehicle(self):
        """Reminding ten owners costs the queries of reminding two (once the templates are warm)."""
        Vehicle = self.env["aftersales.vehicle"]
        warm, few, many = (
            Vehicle.create(
                [
                    {
                        "vin": f"TSTNTCJF7K{batch}{i:06d}",
                        "product_id": self.model.id,
                        "partner_id": self.owner.id,
                        "delivery_date": date(2026, 1, 1),
                    }
                    for i in range(size)
                ]
            )
            for batch, size in (("A", 1), ("B", 2), ("C", 10))
        )
        queries = []
        for vehicles in (warm, few, many):
            self.env.flush_all()
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            vehicles._aftersales_notify_owners()
            self.env.flush_all()
            queries.append(self.env.cr.sql_log_count - before)
        self.assertEqual(len(self._mails_of(many)), 10)
        self.assertLessEqual(queries[2], queries[1] + 2, f"queries for 1 (cold), 2 and 10 vehicles: {queries}")

    def test_owner_without_email_or_mobile_waits(self):
        silent = self.owner.copy({"name": "Silent Owner", "email": False, "mobile": False})
        self.due.partner_id = silent
        self.env["aftersales.vehicle"]._cron_maintenance_reminders()
        self.assertFalse(self._mails_of(self.due))
        self.assertTrue(self.due.aftersales_owner_reminder_due, "reminded once the owner can be reached")
        silent.mobile = "138 0013 8000"
        self.env["aftersales.vehicle"]._cron_maintenance_reminders()
        self.assertEqual(len(self._reminders(self.due)[1]), 1)

    def test_company_can_switch_the_reminders_off(self):
        self.env.company.aftersales_notice_maintenance = False
        self.env["aftersales.vehicle"]._cron_maintenance_reminders()
        mail, sms = self._reminders(self.due)
        self.assertFalse(mail or sms)
        self.assertTrue(self.due.activity_ids, "the adviser is still reminded")

    def test_reminder_sms_through_the_provider(self):
        recorder = Recorder()
        with self.sms_provider(recorder):
            self.env["aftersales.vehicle"]._cron_maintenance_reminders()
            _mail, sms = self._reminders(self.due)
            self.env["sms.sms"]._process_queue(ids=sms.ids)
        self.assertIn(("+8613800138000", sms.body), recorder.sent)
        self.assertEqual(sms.state, "pending")
