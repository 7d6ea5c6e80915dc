from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import AftersalesCase


@tagged("post_install", "-at_install")
class TestMaintenance(AftersalesCase):
    def test_next_service_from_delivery(self):
        vehicle = self._vehicle("TSTADRJF7K1000001", delivery_date=date(2026, 1, 1))
        self.assertEqual((vehicle.next_service_date, vehicle.next_service_km), (date(2026, 7, 1), 5000))

    def test_next_service_brought_forward_by_mileage(self):
        vehicle = self._vehicle("TSTADRJF7K1000001", delivery_date=date(2026, 1, 1))
        # 4,000 km in 40 days: 100 km a day, the remaining 1,000 km take 10 days.
        self.env["aftersales.odometer.reading"].create(
            {"vehicle_id": vehicle.id, "date": date(2026, 2, 10), "value": 4000}
        )
        self.assertEqual(vehicle.next_service_date, date(2026, 2, 20))

    def test_last_service_restarts_the_interval(self):
        vehicle = self._vehicle("TSTADRJF7K1000001", delivery_date=date(2026, 1, 1))
        vehicle.write({"last_service_date": date(2026, 5, 1), "last_service_odometer": 3000})
        self.assertEqual((vehicle.next_service_date, vehicle.next_service_km), (date(2026, 11, 1), 8000))

    @freeze_time("2026-06-25")
    def test_reminder_activity_once(self):
        due = self._vehicle("TSTADRJF7K1000001", delivery_date=date(2026, 1, 1), user_id=self.agent.id)
        later = self._vehicle("TSTH52E05MY200002", delivery_date=date(2026, 3, 1))
        self.env.company.aftersales_maintenance_reminder_days = 14
        Vehicle = self.env["aftersales.vehicle"]
        Vehicle._cron_maintenance_reminders()
        activity_type = self.env.ref("aftersales_base.mail_activity_type_maintenance_due")
        activity = due.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)
        self.assertEqual((activity.user_id, activity.date_deadline), (self.agent, date(2026, 7, 1)))
        self.assertFalse(later.activity_ids, "due in more than 14 days: no reminder yet")
        Vehicle._cron_maintenance_reminders()
        self.assertEqual(len(due.activity_ids), 1, "a second run does not remind twice")

    @freeze_time("2026-06-25")
    def test_reminders_respect_the_batch_across_companies(self):
        other = self.env["res.company"].create({"name": "Second Maker"})
        self._vehicle("TSTADRJF7K1000011", delivery_date=date(2026, 1, 1))
        self.env["aftersales.vehicle"].create(
            {
                "vin": "TSTADRJF7K1000012",
                "company_id": other.id,
                "product_id": self.model.id,
                "delivery_date": date(2026, 1, 1),
                "last_service_date": date(2025, 1, 1),
            }
        )
        activity_type = self.env.ref("aftersales_base.mail_activity_type_maintenance_due")
        Activity = self.env["mail.activity"]
        before = Activity.search_count([("activity_type_id", "=", activity_type.id)])
        self.assertEqual(self.env["aftersales.vehicle"]._cron_maintenance_reminders(batch_size=1), 1)
        self.assertEqual(Activity.search_count([("activity_type_id", "=", activity_type.id)]), before + 1)

    def test_reminders_run_as_one_queue_job(self):
        cron = self.env.ref("aftersales_base.ir_cron_maintenance_reminders")
        cron.method_direct_trigger()
        cron.method_direct_trigger()
        job = self.env["queue.job"].search([("method_name", "=", "_cron_maintenance_reminders")])
        self.assertEqual(len(job), 1, "one job waits at a time, however often the scheduler fires")
        self.assertEqual(job.channel, "root.aftersales.maintenance")
