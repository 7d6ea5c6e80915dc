from datetime import date

from odoo.tests import BaseCase, tagged

from ..tools.subsidy import retention_end, return_path, subsidy_amount


@tagged("post_install", "-at_install")
class TestSubsidyRules(BaseCase):
    def test_return_path_of_each_state(self):
        expected = {
            "not_declared": "direct",
            "declared": "direct",
            "rejected": "direct",
            "cancelled": "direct",
            "approved": "pre_return",
            "paid": "refund_first",
            "refunded": "ready",
        }
        for state, path in expected.items():
            with self.subTest(state=state):
                self.assertEqual(return_path(state), path)
        with self.assertRaises(ValueError):
            return_path("lost")

    def test_subsidy_is_13_percent_of_the_price(self):
        self.assertEqual(subsidy_amount(2499), 324.87)
        self.assertEqual(subsidy_amount(0), 0.0)

    def test_kept_three_years_after_return_or_last_event(self):
        self.assertEqual(retention_end(date(2026, 3, 1), [date(2026, 5, 1)]), date(2029, 3, 1), "the return counts")
        self.assertEqual(retention_end(None, [date(2026, 1, 5), None, date(2026, 2, 28)]), date(2029, 2, 28))
        self.assertIsNone(retention_end(None, [None, None]), "nothing happened: nothing to keep")
