"""表8 quality statistics: read_group results folded into report rows, free of the ORM so tests can
exercise them directly."""

# A claim's approved amount is a cost once the warranty office has decided it; under review it is only
# the amount proposed.
COSTED_STATES = ("approved", "partial", "settled")


def fold_by_state(groups):
    """Rows keyed like the groups, from ``(key, state, count, approved[, quantity])`` tuples (one per key
    and claim state): ``faults`` of every state, the ``rejected`` ones, the ``approved`` cost of the
    decided ones and the ``quantity`` of parts replaced."""
    rows = {}
    for key, state, count, approved, *quantity in groups:
        row = rows.setdefault(key, {"faults": 0, "rejected": 0, "approved": 0.0, "quantity": 0.0})
        row["faults"] += count
        row["quantity"] += sum(quantity)
        if state == "rejected":
            row["rejected"] += count
        if state in COSTED_STATES:
            row["approved"] += approved or 0.0
    return rows


def with_shares(rows, total_faults):
    """Each row's share of all the faults of the period, in percent."""
    for row in rows:
        row["share"] = 100.0 * row["faults"] / total_faults if total_faults else 0.0
    return rows
