"""Pure rules of the batch return (批量退货, procedure 003 §4.3.2): the order of its stages and what a
sampling may record."""

from odoo.tools import float_compare

# The departments' order: Marketing asks, Quality confirms, Warehouse receives, Quality samples, Process
# Engineering reworks, Planning schedules the return to the dealer.
STAGE_CODES = ("request", "confirm", "receive", "sample", "rework", "schedule", "done")


def next_stage_code(code):
    """The code of the stage after ``code``; ``done`` is the last."""
    index = STAGE_CODES.index(code)
    return STAGE_CODES[min(index + 1, len(STAGE_CODES) - 1)]


def sampling_error(quantity, sampled, defective, digits=3):
    """Why a line's sampling cannot stand, or ``None``.

    ``"negative"``: a count below zero; ``"not_sampled"``: nothing sampled; ``"sampled_over"``: more sampled
    than returned; ``"defective_over"``: more defective than sampled.
    """
    if (
        float_compare(sampled, 0, precision_digits=digits) < 0
        or float_compare(defective, 0, precision_digits=digits) < 0
    ):
        return "negative"
    if float_compare(sampled, 0, precision_digits=digits) == 0:
        return "not_sampled"
    if float_compare(sampled, quantity, precision_digits=digits) > 0:
        return "sampled_over"
    if float_compare(defective, sampled, precision_digits=digits) > 0:
        return "defective_over"
    return None
