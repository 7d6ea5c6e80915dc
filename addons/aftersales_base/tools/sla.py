"""SLA deadline arithmetic and state (002 severity matrix)."""

from datetime import timedelta

AT_RISK_RATIO = 0.2  # "at risk" when less than 20 % of the allowed time is left


def deadline(start, hours, plan_hours=None):
    """Deadline ``hours`` after ``start``; None when the target does not apply (no hours).

    ``plan_hours(hours, start)`` counts working time (a resource calendar's ``plan_hours``);
    without it the clock runs around the clock. A zero target ("immediately") is the start itself.
    """
    if hours is None or hours is False or hours < 0 or not start:
        return None
    if not hours:
        return start
    if plan_hours:
        return plan_hours(hours, start)
    return start + timedelta(hours=hours)


def milestone_state(now, start, due, done):
    """State of one target: ``met``, ``breached``, ``at_risk``, ``on_track``, or None without a deadline."""
    if not due:
        return None
    if done:
        return "met" if done <= due else "breached"
    if now > due:
        return "breached"
    allowed = (due - start).total_seconds() if start else 0
    if allowed <= 0 or (due - now).total_seconds() < AT_RISK_RATIO * allowed:
        return "at_risk"
    return "on_track"


def sla_state(now, start, milestones):
    """Overall state of a case from its ``(deadline, done)`` pairs: the worst pending or failed one wins.

    None when the case has no target at all.
    """
    states = {milestone_state(now, start, due, done) for due, done in milestones} - {None}
    for state in ("breached", "at_risk", "on_track"):
        if state in states:
            return state
    return "met" if states else None


def compliance(met, breached):
    """SLA compliance: cases that met every target among those whose outcome is known (None if none is)."""
    decided = met + breached
    return met / decided if decided else None
