from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import AftersalesCase


@tagged("post_install", "-at_install")
class TestOdometer(AftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vehicle = cls._vehicle("TSTADRJF7K1000001", delivery_date=date(2026, 1, 10))

    def _read(self, day, value):
        return self.env["aftersales.odometer.reading"].create(
            {"vehicle_id": self.vehicle.id, "date": day, "value": value}
        )

    def test_latest_reading_is_the_odometer(self):
        self._read(date(2026, 2, 1), 1000)
        self._read(date(2026, 3, 1), 2500)
        self.assertEqual(self.vehicle.odometer, 2500)

    def test_lower_than_earlier_is_refused(self):
        self._read(date(2026, 2, 1), 1000)
        with self.assertRaisesMessage(ValidationError, "cannot go down"):
            self._read(date(2026, 3, 1), 900)

    def test_higher_than_later_is_refused(self):
        self._read(date(2026, 3, 1), 2000)
        with self.assertRaisesMessage(ValidationError, "cannot go down"):
            self._read(date(2026, 2, 1), 2100)
        self._read(date(2026, 2, 1), 1900)

    def test_same_day_lower_is_refused(self):
        self._read(date(2026, 3, 1), 2000)
        with self.assertRaises(ValidationError):
            self._read(date(2026, 3, 1), 1999)

    def test_before_delivery_is_refused(self):
        with self.assertRaisesMessage(ValidationError, "before the delivery"):
            self._read(date(2026, 1, 9), 10)

    def test_negative_is_refused(self):
        with self.assertRaisesMessage(ValidationError, "negative"):
            self._read(date(2026, 2, 1), -5)

    def test_setting_the_odometer_records_a_manual_reading(self):
        self.vehicle.odometer = 1234
        reading = self.vehicle.odometer_reading_ids
        self.assertEqual((reading.value, reading.source), (1234, "manual"))
        with self.assertRaises(ValidationError):
            self.vehicle.odometer = 1000
