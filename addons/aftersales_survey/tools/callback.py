"""Callback scheduling, retries and satisfaction figures, free of the ORM so tests exercise them directly."""

from datetime import timedelta

# 001's five-level scale, best first: the answer score of each level (差 = 1 ... 非常满意 = 5).
SCALE = (("非常满意", 5), ("满意", 4), ("良好", 3), ("一般", 2), ("差", 1))
SATISFIED_MIN_SCORE = 4  # 满意 or better counts as satisfied


def callback_dates(event_date, delay_days, deadline_days):
    """When to call after an event, and by when: the deadline is never before the call."""
    scheduled = event_date + timedelta(days=delay_days)
    return scheduled, max(scheduled, event_date + timedelta(days=deadline_days))


def period_key(on_date, months):
    """The period of ``months`` months (counted from January) that ``on_date`` falls in: 2026/2 is the
    second half of 2026 for 6 months, so a customer called twice a year gets one callback per half."""
    months = max(1, min(12, months or 12))
    return f"{on_date.year}/{(on_date.month - 1) // months + 1}"


def next_attempt(now, attempts, max_attempts, retry_hours):
    """After an unanswered call: ``('unreachable', None)`` once the attempts are used up, else
    ``('scheduled', when to call again)``."""
    if attempts >= max_attempts:
        return "unreachable", None
    return "scheduled", now + timedelta(hours=retry_hours)


def score(answer_scores, max_score=5):
    """Satisfaction score 0-100 from the items answered (unanswered items do not count)."""
    answered = [value for value in answer_scores if value is not None]
    if not answered:
        return 0.0
    return round(100.0 * sum(answered) / (max_score * len(answered)), 2)
