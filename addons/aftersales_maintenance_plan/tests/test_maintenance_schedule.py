from collections import Counter
from datetime import date

from odoo.tests import BaseCase

from ..tools.maintenance_schedule import (
    ladder_visit_type,
    notice_date,
    plan_due_date,
    plan_visits,
    seasonal_visits,
)


class TestMaintenanceSchedule(BaseCase):
    """The dates of a plan's visits, without a database."""

    def test_plan_due_a_month_after_acceptance(self):
        self.assertEqual(plan_due_date(date(2026, 1, 31)), date(2026, 2, 28))
        self.assertEqual(plan_due_date(date(2026, 3, 10)), date(2026, 4, 10))
        self.assertIsNone(plan_due_date(False))

    def test_a_year_of_ladder_visits(self):
        visits = plan_visits("ladder", date(2026, 1, 15), date(2027, 1, 15))
        self.assertEqual(len(visits), 12, "one visit a month")
        self.assertEqual(visits[0], ("monthly", date(2026, 2, 15), date(2026, 2, 15)))
        self.assertEqual(Counter(v[0] for v in visits), {"monthly": 8, "quarterly": 3, "annual": 1})
        self.assertEqual(
            [v[1] for v in visits if v[0] == "quarterly"], [date(2026, 4, 15), date(2026, 7, 15), date(2026, 10, 15)]
        )
        self.assertEqual(visits[-1], ("annual", date(2027, 1, 15), date(2027, 1, 15)))
        self.assertEqual(
            [ladder_visit_type(n) for n in (1, 3, 6, 12, 15, 24)],
            ["monthly", "quarterly", "quarterly", "annual", "quarterly", "annual"],
        )

    def test_month_end_start_keeps_to_month_end(self):
        planned = [v[1] for v in plan_visits("ladder", date(2026, 1, 31), date(2026, 6, 30))]
        self.assertEqual(
            planned, [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31), date(2026, 6, 30)]
        )

    def test_seasonal_windows(self):
        visits = seasonal_visits(date(2026, 1, 10), date(2027, 1, 10))
        self.assertEqual(
            visits,
            [
                ("seasonal", date(2026, 3, 20), date(2026, 4, 20)),
                ("seasonal", date(2026, 7, 15), date(2026, 8, 15)),
                ("seasonal", date(2026, 10, 15), date(2026, 11, 15)),
            ],
        )

    def test_plan_starting_inside_a_window_visits_from_its_start(self):
        visits = seasonal_visits(date(2026, 4, 1), date(2026, 12, 31))
        self.assertEqual(visits[0], ("seasonal", date(2026, 4, 1), date(2026, 4, 20)))
        self.assertEqual(len(visits), 3)
        self.assertFalse(seasonal_visits(date(2026, 4, 21), date(2026, 7, 14)), "between two windows: nothing")

    def test_window_across_new_year(self):
        visits = seasonal_visits(date(2026, 12, 1), date(2027, 3, 1), windows=(((12, 20), (1, 10)),))
        self.assertEqual(visits, [("seasonal", date(2026, 12, 20), date(2027, 1, 10))])
        visits = seasonal_visits(date(2027, 1, 5), date(2027, 3, 1), windows=(((12, 20), (1, 10)),))
        self.assertEqual(visits, [("seasonal", date(2027, 1, 5), date(2027, 1, 10))], "the window opened last year")

    def test_notice_seven_days_ahead(self):
        self.assertEqual(notice_date(date(2026, 3, 20)), date(2026, 3, 13))
        self.assertEqual(notice_date(date(2026, 3, 20), 3), date(2026, 3, 17))

    def test_no_visits_without_dates_or_schedule(self):
        self.assertEqual(plan_visits("ladder", None, date(2026, 1, 1)), [])
        self.assertEqual(plan_visits("ladder", date(2026, 2, 1), date(2026, 1, 1)), [])
        self.assertEqual(plan_visits(False, date(2026, 1, 1), date(2027, 1, 1)), [])
