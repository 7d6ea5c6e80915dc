"""Warranty coverage decision: time and distance, whichever ends first; exclusions; part-specific cover first."""

from collections import namedtuple

from dateutil.relativedelta import relativedelta

# One coverage of a vehicle, as plain values: ``part_ids`` empty means the whole vehicle.
Coverage = namedtuple(
    "Coverage", "id start_date end_date start_km end_km part_ids exclusion_codes parts_pct labour_pct"
)

NOT_COVERED = {"covered": False, "warranty_id": False, "parts_pct": 0.0, "labour_pct": 0.0}


def coverage_end(start_date, months):
    """Last covered day of a coverage of ``months`` starting on ``start_date`` (None: no time limit)."""
    if not start_date or not months:
        return None
    return start_date + relativedelta(months=months, days=-1)


def coverage_end_km(start_km, distance_km):
    """Last covered odometer reading (None: no distance limit)."""
    return (start_km or 0) + distance_km if distance_km else None


def decide(coverages, product_id, on_date, odometer, exclusion_code=None):
    """Decide one line: returns a dict with ``covered``, ``reason`` (covered / expired_date /
    expired_distance / excluded / no_policy), ``warranty_id``, ``parts_pct`` and ``labour_pct``.

    A coverage naming the part is preferred to the whole-vehicle one; among the applicable ones,
    a covering one wins, else the most telling reason (excluded, then expired by date, by distance).
    """
    applicable = [c for c in coverages if not c.part_ids or (product_id and product_id in c.part_ids)]
    if not applicable:
        return dict(NOT_COVERED, reason="no_policy")
    applicable.sort(key=lambda c: (not c.part_ids, c.start_date or on_date), reverse=False)
    verdicts = []
    for coverage in applicable:
        if exclusion_code and exclusion_code in coverage.exclusion_codes:
            reason = "excluded"
        elif coverage.start_date and on_date < coverage.start_date:
            reason = "no_policy"
        elif coverage.end_date and on_date > coverage.end_date:
            reason = "expired_date"
        elif coverage.end_km is not None and odometer is not None and odometer > coverage.end_km:
            reason = "expired_distance"
        else:
            return {
                "covered": True,
                "reason": "covered",
                "warranty_id": coverage.id,
                "parts_pct": coverage.parts_pct,
                "labour_pct": coverage.labour_pct,
            }
        verdicts.append((reason, coverage))
    order = {"excluded": 0, "expired_date": 1, "expired_distance": 2, "no_policy": 3}
    reason, coverage = min(verdicts, key=lambda v: order[v[0]])
    return dict(NOT_COVERED, reason=reason, warranty_id=coverage.id)
