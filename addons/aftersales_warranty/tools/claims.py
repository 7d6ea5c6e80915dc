"""Claim and settlement rules, free of the ORM so tests can exercise them directly."""

from datetime import timedelta


def claim_line_amount(line_type, quantity=0.0, unit_amount=0.0, std_hours=0.0, rate=0.0, covered_pct=100.0):
    """What a claim line asks for: labour at standard hours x rate, anything else at quantity x unit amount.

    Only the covered share of the line is claimed (a partly covered part claims its covered percentage).
    """
    base = std_hours * rate if line_type == "labour" else quantity * unit_amount
    return base * covered_pct / 100.0


def assessment_state(amount_claimed, amount_approved):
    """鉴定结果: the claim's state once every line has an approved amount."""
    if amount_approved <= 0:
        return "rejected"
    if amount_approved + 0.005 < amount_claimed:
        return "partial"
    return "approved"


def is_duplicate(failure_date, other_failure_date, window_days):
    """Two claims on the same vehicle and part are duplicates when their failures are this close."""
    return abs(failure_date - other_failure_date) <= timedelta(days=window_days)


def credit_available(limit, used, deductions):
    """三包信用额度 left to a dealer; ``None`` when the dealer has no limit (0 = unlimited)."""
    if not limit:
        return None
    return limit - used - deductions
