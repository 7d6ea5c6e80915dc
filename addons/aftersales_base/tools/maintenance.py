"""Maintenance due arithmetic (保养周期 / 下一次保养期): whichever of time and distance comes first."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta


def daily_distance(first_date, first_km, last_date, last_km):
    """Average km per day between two odometer readings, or None when it cannot be told."""
    if not (first_date and last_date) or last_date <= first_date or last_km is None:
        return None
    return max(last_km - (first_km or 0), 0) / (last_date - first_date).days


def next_service(last_date, last_km, interval_months, interval_km, current_date=None, current_km=None, km_per_day=None):
    """Return ``(due_date, due_km)`` of the next maintenance.

    ``due_km`` is ``last_km + interval_km`` (None without a distance interval). ``due_date`` is
    ``last_date + interval_months``, brought forward to the day the vehicle is expected to reach
    ``due_km`` at its average daily distance, when that day comes first. Without any interval
    there is no next service: ``(None, None)``.
    """
    if not last_date or not (interval_months or interval_km):
        return None, None
    due_km = (last_km or 0) + interval_km if interval_km else None
    due_date = last_date + relativedelta(months=interval_months) if interval_months else None
    if due_km is not None and current_date and current_km is not None:
        if current_km >= due_km:
            by_distance = current_date
        elif km_per_day:
            by_distance = current_date + timedelta(days=int((due_km - current_km) / km_per_day))
        else:
            by_distance = None
        if by_distance and (due_date is None or by_distance < due_date):
            due_date = by_distance
    return due_date, due_km
