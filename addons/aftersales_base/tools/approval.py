"""Approval-step selection: which configured approval rules apply to a document's amount."""


def rule_applies(amount, min_amount, max_amount):
    """A rule covers amounts above ``min_amount`` up to ``max_amount`` included (0 = no upper limit).

    A rule starting at 0 also covers 0, so "up to 500" is ``(0, 500]`` plus 0 and "above 500" is
    ``(500, no limit]``: 500 goes to the first band, 500.01 to the second.
    """
    above_min = amount > min_amount or (min_amount == 0 and amount >= 0)
    below_max = not max_amount or amount <= max_amount
    return above_min and below_max


def select_steps(rules, amount):
    """The rules that apply to ``amount``, in approval order. ``rules``: objects with
    ``min_amount``, ``max_amount`` and ``sequence``; several matching rules make a multi-level chain."""
    return sorted(
        (rule for rule in rules if rule_applies(amount, rule.min_amount, rule.max_amount)),
        key=lambda rule: (rule.sequence, rule.min_amount),
    )
