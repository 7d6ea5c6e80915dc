"""Rules of the customer's right to a loaner, as plain functions of dates and numbers."""

from datetime import timedelta

NOT_CLEARED_HOURS = 48


def loaner_due(repair_started, now, not_cleared_hours=NOT_CLEARED_HOURS):
    """A fault not cleared within ``not_cleared_hours`` of the reception: offer a loaner (004)."""
    return bool(repair_started) and now - repair_started >= timedelta(hours=not_cleared_hours)


def sanbao_loaner_due(repair_days, loaner_days):
    """A repair lasting longer than the 三包 rule's loaner days gives the right to one; 0 days = no right."""
    return bool(loaner_days) and loaner_days > 0 and repair_days > loaner_days


def loan_overdue(due_on, now, returned_on=None):
    """A loaner still out after its due date."""
    return not returned_on and bool(due_on) and due_on < now
