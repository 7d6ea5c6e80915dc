from odoo.tests import BaseCase

from ..tools.training import attendee_result, free_attendees, parse_months


class TestTrainingRules(BaseCase):
    def test_result(self):
        self.assertEqual(attendee_result(True, 90, 80, session_done=False), "pending")
        self.assertEqual(attendee_result(True, 80, 80, session_done=True), "passed", "the pass score passes")
        self.assertEqual(attendee_result(True, 79.9, 80, session_done=True), "failed")
        self.assertEqual(attendee_result(False, 95, 80, session_done=True), "absent")

    def test_free_operators(self):
        self.assertEqual(free_attendees([7, 3, 9, 12], 3), {7, 3, 9})
        self.assertEqual(free_attendees([7], 5), {7})
        self.assertEqual(free_attendees([7, 8], 0), set())

    def test_months(self):
        self.assertEqual(parse_months("5,10"), (5, 10))
        self.assertEqual(parse_months(" 5\uff0c 10 ,13, x"), (5, 10))  # a Chinese comma too
        self.assertEqual(parse_months(False), ())
