"""家电下乡 subsidy rules of document 002: "先退补贴后退货" (the subsidy is settled before the product is
returned), the subsidy amount and how long a return record is kept."""

from dateutil.relativedelta import relativedelta

SUBSIDY_RATE = 0.13  # 按发票载明的产品销售价格的13%核定补贴金额
RETENTION_YEARS = 3  # 留存3年备查

RETURN_PATHS = ("direct", "pre_return", "refund_first", "ready")
_PATH_OF_STATE = {
    # No subsidy asked, a filing not checked yet, or refused by the county: return at once (a filing is
    # cancelled, 注销).
    "not_declared": "direct",
    "declared": "direct",
    "rejected": "direct",
    "cancelled": "direct",
    # Approved by the county finance check, money not paid yet: only a 预退货 is recorded until it is paid.
    "approved": "pre_return",
    # The customer has the money: they refund it (申报(退还)表), the township finance office confirms.
    "paid": "refund_first",
    # The invoice says "补贴已退,可退货".
    "refunded": "ready",
}


def return_path(state):
    """How a product whose subsidy is in ``state`` is returned: ``direct``, ``pre_return`` (wait for the
    payment, then refund it), ``refund_first`` (the customer refunds the subsidy before the return) or
    ``ready`` (refunded, the return goes on)."""
    try:
        return _PATH_OF_STATE[state]
    except KeyError:
        raise ValueError(f"unknown subsidy state {state!r}") from None


def subsidy_amount(price, rate=SUBSIDY_RATE):
    """The subsidy of a product sold at ``price`` (tax included, as on the invoice), to the fen."""
    return round((price or 0.0) * rate, 2)


def retention_end(return_date, event_dates):
    """Until when a subsidy record is kept: three years after the return or, before any return, after its
    last event; ``None`` for a record nothing happened to yet (a typing mistake may still be deleted)."""
    start = return_date or max((day for day in event_dates if day), default=None)
    return start + relativedelta(years=RETENTION_YEARS) if start else None
