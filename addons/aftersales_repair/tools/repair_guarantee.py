"""Repair-quality guarantee (003): a finished job is guaranteed for a number of days and km from its
completion, whichever runs out first; a new job on the same vehicle inside that window is a comeback."""


def within_guarantee(done_date, done_km, on_date, km, days_limit, km_limit):
    """True when a job on ``on_date`` at ``km`` falls inside the guarantee of a job finished on ``done_date``
    at ``done_km``. A limit of 0 means that limit does not apply; with neither limit there is no guarantee."""
    if not done_date or not on_date or not (days_limit or km_limit) or on_date < done_date:
        return False
    if days_limit and (on_date - done_date).days > days_limit:
        return False
    if km_limit and km is not None and done_km is not None and km - done_km > km_limit:
        return False
    return True
