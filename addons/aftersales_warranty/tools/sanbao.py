"""三包 entitlement: what a customer may ask for (none / repair / exchange / return), from a 三包 rule and
the product's repair history. The numbers are configuration (``aftersales.sanbao.rule``); the defaults
follow the 2021 household-vehicle regulation (SAMR order 43) and, for microcomputers, document 002.
"""

from collections import Counter, namedtuple

from dateutil.relativedelta import relativedelta

ENTITLEMENTS = ("none", "repair", "exchange", "return")

SanbaoRule = namedtuple(
    "SanbaoRule",
    "repair_months repair_km sanbao_months sanbao_km return_days return_part_groups exchange_days "
    "early_days early_km early_faults safety_repairs part_replacements max_repair_days max_same_repairs "
    "loaner_days",
)
# One repair of the product: dates, odometer, problem key, serious safety fault code, replaced part groups,
# and whether it repaired a quality fault under 三包 (customer-paid maintenance earns no right).
RepairFact = namedtuple(
    "RepairFact", "name date_in date_out odometer problem serious_fault replaced_groups quality", defaults=(True,)
)


def _in_period(start, on_date, months, km_limit, km):
    return on_date <= start + relativedelta(months=months) and (not km_limit or (km or 0) <= km_limit)


def sanbao_repairs(rule, start_date, repairs):
    """The repairs that earn 三包 rights: quality faults repaired inside the 三包 period (its months and km
    counted at the repair). A right earned so is kept once the period is over, whenever the customer asks."""
    return [
        repair
        for repair in repairs
        if repair.quality
        and _in_period(start_date, repair.date_in, rule.sanbao_months, rule.sanbao_km, repair.odometer)
    ]


def sanbao_entitlement(rule, start_date, on_date, odometer, repairs):
    """Return ``(entitlement, reasons)``: the strongest right the facts give and every fact giving one,
    each reason as ``(entitlement, code, params)``.

    Free repair depends on the day and odometer of the question; exchange and return on the repairs made
    inside the 三包 period. SAMR order 43: an exchange is due when a serious safety fault is still not cleared,
    or a new one appears, after two repairs; when a main part replaced twice still does not work; or after
    more than 30 days in repair for quality faults."""
    reasons = []
    if not start_date:
        return "none", reasons
    if _in_period(start_date, on_date, rule.repair_months, rule.repair_km, odometer):
        reasons.append(("repair", "repair_period", {}))
    earning = sanbao_repairs(rule, start_date, repairs)
    for repair in earning:
        age = (repair.date_in - start_date).days
        replaced = set(repair.replaced_groups)
        if (
            rule.return_days
            and age <= rule.return_days
            and (not rule.return_part_groups or replaced & set(rule.return_part_groups))
        ):
            reasons.append(("return", "return_window", {"job": repair.name, "days": rule.return_days}))
        elif rule.exchange_days and age <= rule.exchange_days:
            reasons.append(("exchange", "exchange_window", {"job": repair.name, "days": rule.exchange_days}))
        if (
            rule.early_days
            and age <= rule.early_days
            and (not rule.early_km or (repair.odometer or 0) <= rule.early_km)
            and repair.serious_fault in rule.early_faults
        ):
            reasons.append(("return", "early_serious_fault", {"job": repair.name, "fault": repair.serious_fault}))
    # After N repairs of serious faults, one more (the fault not cleared, or a new one) gives the exchange.
    serious = [r.serious_fault for r in earning if r.serious_fault]
    if rule.safety_repairs and len(serious) > rule.safety_repairs:
        faults = ", ".join(sorted(set(serious)))
        reasons.append(("exchange", "serious_fault_repairs", {"what": faults, "count": len(serious)}))
    replaced_groups = Counter(group for r in earning for group in set(r.replaced_groups))
    same_problem = Counter(r.problem for r in earning if r.problem)
    for code, counter, limit in (
        ("part_replacements", replaced_groups, rule.part_replacements),
        ("same_problem", same_problem, rule.max_same_repairs),
    ):
        for key, count in counter.items():
            if limit and count > limit:
                reasons.append(("exchange", code, {"what": key, "count": count}))
    repair_days = sum(((r.date_out or on_date) - r.date_in).days for r in earning)
    if rule.max_repair_days and repair_days > rule.max_repair_days:
        reasons.append(("exchange", "repair_days", {"days": repair_days}))
    best = max((ENTITLEMENTS.index(level) for level, _code, _params in reasons), default=0)
    return ENTITLEMENTS[best], reasons


def needs_loaner(loaner_days, date_in, on_date, date_out=None):
    """A repair lasting more than ``loaner_days`` entitles the customer to a loaner or transport money."""
    return bool(loaner_days) and ((date_out or on_date) - date_in).days > loaner_days


COMPENSATION_RATE_BOUNDS = (0.5, 0.8)


def usage_compensation(price, km_driven, rate_percent):
    """合理使用补偿费 (SAMR order 43, art. 26): price x km driven / 1000 x n, n between 0.5 % and 0.8 %."""
    low, high = COMPENSATION_RATE_BOUNDS
    if not low <= rate_percent <= high:
        raise ValueError(f"n must be between {low} % and {high} %")
    return round(max(price, 0.0) * max(km_driven, 0) / 1000.0 * rate_percent / 100.0, 2)
