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


def next_state_change(now, start, milestones):
    """When the clock alone next changes the state of ``milestones`` (``(deadline, done)`` pairs) after
    ``now``: a pending target turns at risk (less than ``AT_RISK_RATIO`` of its time left) or breached
    (just after its deadline). None when no pending target has such a moment ahead: the scheduled
    refresh leaves the case alone until a user moves it.
    """
    moments = []
    for due, done in milestones:
        if not due or done:
            continue
        allowed = (due - start).total_seconds() if start else 0
        if allowed > 0:
            moments.append(due - timedelta(seconds=AT_RISK_RATIO * allowed))
        moments.append(due)
    # Both changes happen strictly after their moment; stored datetimes keep whole seconds.
    moments = [(moment + timedelta(seconds=1)).replace(microsecond=0) for moment in moments]
    ahead = [moment for moment in moments if moment > now]
    return min(ahead) if ahead else None


def compliance(met, breached):
    """SLA compliance: cases that met every target among those whose outcome is known (None if none is)."""
    decided = met + breached
    return met / decided if decided else None


def next_milestone(milestones):
    """The milestone that matters now: the first one not yet met, in the order given.

    ``milestones`` is the ordered list of ``(key, deadline, done)`` (response, on-site, restoration).
    A milestone without a deadline does not count; once a later milestone is met, the earlier ones
    no longer matter (a restored case waits for no on-site visit). ``(None, None)`` when nothing is due.
    """
    pending = (None, None)
    for key, due, done in milestones:
        if done:
            pending = (None, None)
        elif due and pending[0] is None:
            pending = (key, due)
    return pending


def time_left(now, due):
    """How long until ``due`` (or how late past it), rounded down to one readable unit.

    Returns ``(late, amount, unit)`` with ``unit`` one of ``"min"`` (under an hour, at least 1),
    ``"h"`` (under two days) or ``"d"``; None without a deadline. The web client's countdown
    (static/src/sla/sla_countdown.js) follows the same rule.
    """
    if not due or not now:
        return None
    seconds = (due - now).total_seconds()
    late = seconds < 0
    minutes = int(abs(seconds) // 60)
    if minutes < 60:
        return late, max(minutes, 1), "min"
    if minutes < 48 * 60:
        return late, minutes // 60, "h"
    return late, minutes // (24 * 60), "d"
