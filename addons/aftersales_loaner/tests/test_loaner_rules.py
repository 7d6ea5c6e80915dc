from datetime import datetime, timedelta

from odoo.tests import BaseCase, tagged

from ..tools.loaner import loan_overdue, loaner_due, sanbao_loaner_due

START = datetime(2026, 3, 2, 9, 0)


@tagged("post_install", "-at_install")
class TestLoanerRules(BaseCase):
    """The customer's right to a loaner at the bounds of the rules."""

    def test_offer_when_fault_not_cleared_in_48_hours(self):
        self.assertFalse(loaner_due(START, START + timedelta(hours=47, minutes=59)))
        self.assertTrue(loaner_due(START, START + timedelta(hours=48)))
        self.assertTrue(loaner_due(START, START + timedelta(hours=24), not_cleared_hours=24))
        self.assertFalse(loaner_due(False, START + timedelta(days=9)))

    def test_sanbao_loaner_after_the_rule_days(self):
        self.assertFalse(sanbao_loaner_due(30, 0), "0 loaner days: no right, however long the repair")
        self.assertFalse(sanbao_loaner_due(5, 5), "a repair of exactly the loaner days gives no right")
        self.assertTrue(sanbao_loaner_due(6, 5))
        self.assertFalse(sanbao_loaner_due(4, 5))

    def test_overdue_only_while_out(self):
        due = START + timedelta(days=3)
        self.assertFalse(loan_overdue(due, due))
        self.assertTrue(loan_overdue(due, due + timedelta(minutes=1)))
        self.assertFalse(loan_overdue(due, due + timedelta(days=1), returned_on=due))
