from datetime import date

from odoo.tests import BaseCase, tagged

from ..tools.maintenance import daily_distance, next_service
from ..tools.vin import normalize_vin, vin_problem


@tagged("post_install", "-at_install")
class TestVinRules(BaseCase):
    def test_normalize(self):
        self.assertEqual(normalize_vin(" lfw adrjf7k1000001 "), "LFWADRJF7K1000001")
        self.assertEqual(normalize_vin(None), "")

    def test_problems(self):
        self.assertIsNone(vin_problem("LFWADRJF7K1000001"))
        self.assertEqual(vin_problem(""), "empty")
        self.assertEqual(vin_problem("LFWADRJF7K100000"), "length")
        self.assertEqual(vin_problem("LFWADRJF7K10000012"), "length")
        for letter in "IOQ":
            self.assertEqual(vin_problem("LFWADRJF7K100000" + letter), "forbidden_letter")
        self.assertEqual(vin_problem("LFWADRJF7K10000-1"), "bad_character")
        self.assertEqual(vin_problem("LFWADRJF7K10000é1"), "bad_character")


@tagged("post_install", "-at_install")
class TestMaintenanceRules(BaseCase):
    def test_no_interval_no_service(self):
        self.assertEqual(next_service(date(2026, 1, 1), 0, 0, 0), (None, None))
        self.assertEqual(next_service(None, 0, 6, 5000), (None, None))

    def test_months_only(self):
        self.assertEqual(next_service(date(2026, 1, 31), 1000, 1, 0), (date(2026, 2, 28), None))

    def test_km_without_pace_keeps_the_months(self):
        self.assertEqual(
            next_service(date(2026, 1, 1), 1000, 6, 5000, date(2026, 2, 1), 2000, None), (date(2026, 7, 1), 6000)
        )

    def test_distance_comes_first(self):
        # 100 km a day, 3,000 km to go: due 30 days after the latest reading, before the 6 months.
        self.assertEqual(
            next_service(date(2026, 1, 1), 0, 6, 5000, date(2026, 1, 21), 2000, 100.0), (date(2026, 2, 20), 5000)
        )

    def test_time_comes_first(self):
        self.assertEqual(
            next_service(date(2026, 1, 1), 0, 6, 50000, date(2026, 1, 21), 2000, 10.0), (date(2026, 7, 1), 50000)
        )

    def test_distance_already_passed_is_due_now(self):
        self.assertEqual(
            next_service(date(2026, 1, 1), 0, 6, 5000, date(2026, 3, 1), 5200, 50.0), (date(2026, 3, 1), 5000)
        )

    def test_daily_distance(self):
        self.assertEqual(daily_distance(date(2026, 1, 1), 0, date(2026, 1, 11), 500), 50)
        self.assertIsNone(daily_distance(date(2026, 1, 1), 0, date(2026, 1, 1), 500))
        self.assertIsNone(daily_distance(None, 0, date(2026, 1, 1), 500))
