"""When the visits of a preventive maintenance plan fall (004 §I, 000#4, 秦泰 air-conditioning).

Plain functions of dates, so that the rules are tested without a database and a year of visits for
thousands of plans is computed without a query.
"""

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

# A plan made within a month of acceptance (004: 竣工验收后一个月内提交维护计划).
PLAN_DUE_MONTHS = 1
# The customer is told 7 days before a visit.
NOTICE_DAYS = 7
# 秦泰: air-conditioning is serviced in three windows a year.
AIR_CONDITIONING_WINDOWS = (((3, 20), (4, 20)), ((7, 15), (8, 15)), ((10, 15), (11, 15)))


def plan_due_date(accepted_on):
    """The last day on which the plan may be drawn up."""
    return accepted_on + relativedelta(months=PLAN_DUE_MONTHS) if accepted_on else None


def ladder_visit_type(number):
    """The n-th monthly visit (from 1): every third is the quarterly inspection, every twelfth the annual
    test; the bigger visit includes the smaller one's checks, so the month has one visit."""
    if number % 12 == 0:
        return "annual"
    if number % 3 == 0:
        return "quarterly"
    return "monthly"


def ladder_visits(start, until):
    """Monthly visits on the start's day of the month (the month's last day when shorter), from one month
    after ``start`` to ``until`` included: ``[(visit_type, planned, window_end)]``."""
    visits = []
    number = 1
    while True:
        planned = start + relativedelta(months=number)  # relativedelta clamps the 31st to the month's end
        if planned > until:
            return visits
        visits.append((ladder_visit_type(number), planned, planned))
        number += 1


def _window_date(year, month_day):
    month, day = month_day
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def seasonal_visits(start, until, windows=AIR_CONDITIONING_WINDOWS):
    """One visit per window ``((start month, day), (end month, day))`` that is not over by ``start``: on
    the window's first day, or on ``start`` when the plan begins inside the window; none planned after
    ``until``. ``[("seasonal", planned, window_end)]`` in date order."""
    visits = []
    for year in range(start.year - 1, until.year + 1):
        for window_start, window_end in windows:
            opens = _window_date(year, window_start)
            closes = _window_date(year, window_end)
            if closes < opens:  # a window across the new year
                closes = _window_date(year + 1, window_end)
            if closes < start:
                continue
            planned = max(opens, start)
            if planned <= until:
                visits.append(("seasonal", planned, closes))
    visits.sort(key=lambda visit: visit[1])
    return visits


def plan_visits(schedule, start, until, windows=AIR_CONDITIONING_WINDOWS):
    """The visits of a plan of ``schedule`` (``ladder`` or ``seasonal``) between ``start`` and ``until``."""
    if not start or not until or until < start:
        return []
    if schedule == "seasonal":
        return seasonal_visits(start, until, windows)
    if schedule == "ladder":
        return ladder_visits(start, until)
    return []


def notice_date(planned, days=NOTICE_DAYS):
    """The day the customer is told of the visit."""
    return planned - timedelta(days=days)
