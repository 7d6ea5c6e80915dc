from datetime import date, datetime

from odoo.tests import BaseCase, tagged

from odoo.addons.aftersales_base.tools.kpi import rate

from ..tools.callback import callback_dates, next_attempt, period_key, score


@tagged("post_install", "-at_install")
class TestCallbackRules(BaseCase):
    def test_call_dates_from_the_event(self):
        self.assertEqual(callback_dates(date(2026, 3, 1), 3, 7), (date(2026, 3, 4), date(2026, 3, 8)))
        self.assertEqual(callback_dates(date(2026, 3, 1), 5, 2), (date(2026, 3, 6), date(2026, 3, 6)))

    def test_periods(self):
        self.assertEqual(period_key(date(2026, 6, 30), 6), "2026/1")
        self.assertEqual(period_key(date(2026, 7, 1), 6), "2026/2")
        self.assertEqual(period_key(date(2026, 12, 31), 12), "2026/1")

    def test_retries_until_the_attempts_are_used_up(self):
        now = datetime(2026, 3, 1, 10, 0)
        self.assertEqual(next_attempt(now, 1, 3, 24), ("scheduled", datetime(2026, 3, 2, 10, 0)))
        self.assertEqual(next_attempt(now, 3, 3, 24), ("unreachable", None))

    def test_score_counts_answered_items_only(self):
        self.assertEqual(score([5, 5, 5, 5, 5]), 100.0)
        self.assertEqual(score([5, 4, 3, 2, 1]), 60.0)
        self.assertEqual(score([4, None]), 80.0)
        self.assertEqual(score([]), 0.0)

    def test_rates(self):
        self.assertEqual(rate(3, 4), 75.0)
        self.assertIsNone(rate(0, 0))
