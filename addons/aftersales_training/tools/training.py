"""Training rules as plain functions (001, 002, 智能化)."""

# 智能化: 3-5 of the customer's operators are trained free for each installation.
FREE_OPERATORS = 5
# 002: training is planned in May and October.
TRAINING_MONTHS = (5, 10)


def attendee_result(attended, score, pass_score, session_done):
    """``pending`` until the session is done, then ``absent``, ``passed`` or ``failed``."""
    if not session_done:
        return "pending"
    if not attended:
        return "absent"
    return "passed" if (score or 0.0) >= (pass_score or 0.0) else "failed"


def free_attendees(attendee_ids_in_order, free):
    """The attendees trained free: the first ``free`` of a vehicle's operators, in the order they came."""
    return set(attendee_ids_in_order[: max(free, 0)])


def parse_months(text):
    """``"5,10"`` -> ``(5, 10)``; invalid or out-of-range entries are dropped."""
    months = []
    for part in (text or "").replace("\uff0c", ",").split(","):  # a Chinese comma too
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 12:
            months.append(int(part))
    return tuple(months)
