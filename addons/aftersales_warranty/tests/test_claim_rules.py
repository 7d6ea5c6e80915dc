from datetime import date

from odoo.tests import BaseCase, tagged

from ..tools.claims import assessment_state, claim_line_amount, credit_available, is_duplicate


@tagged("post_install", "-at_install")
class TestClaimRules(BaseCase):
    def test_labour_is_hours_times_rate_and_only_the_covered_share_is_claimed(self):
        self.assertEqual(claim_line_amount("labour", std_hours=2.5, rate=120), 300)
        self.assertEqual(claim_line_amount("part", quantity=2, unit_amount=150, covered_pct=50), 150)
        self.assertEqual(claim_line_amount("travel", quantity=1, unit_amount=80), 80)

    def test_assessment_state(self):
        self.assertEqual(assessment_state(500, 500), "approved")
        self.assertEqual(assessment_state(500, 499.99), "partial")
        self.assertEqual(assessment_state(500, 0), "rejected")

    def test_duplicate_window_includes_its_last_day(self):
        self.assertTrue(is_duplicate(date(2026, 3, 31), date(2026, 3, 1), 30))
        self.assertFalse(is_duplicate(date(2026, 4, 1), date(2026, 3, 1), 30))
        self.assertTrue(is_duplicate(date(2026, 3, 1), date(2026, 3, 31), 30))

    def test_credit_left(self):
        self.assertIsNone(credit_available(0, 5000, 0))
        self.assertEqual(credit_available(10000, 6000, 1000), 3000)
