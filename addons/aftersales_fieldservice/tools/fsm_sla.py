"""On-site SLA of a dispatch order: the clock starts when the engineer is sent (000#13 road rescue)."""

from datetime import timedelta

from odoo.addons.aftersales_helpdesk.tools.sla import milestone_state

# Zones of the road-rescue promise: 市区 30 min, 三县 1 h, 省内 half a day.
SERVICE_ZONE_TO_FSM_ZONE = {"city": "city", "province": "province", "remote": "province"}


def onsite_deadline(dispatched_at, minutes):
    """When the engineer must be on site; None without a dispatch or without a target (0 minutes)."""
    if not dispatched_at or not minutes or minutes <= 0:
        return None
    return dispatched_at + timedelta(minutes=minutes)


def onsite_state(now, dispatched_at, deadline, arrived_at):
    """``met``/``breached`` once arrived, else ``on_track``/``at_risk``/``breached`` by the clock; None
    when there is no deadline."""
    return milestone_state(now, dispatched_at, deadline, arrived_at)


def pick_minutes(rules, company_id, kind, zone):
    """Minutes allowed from ``rules`` ``{(company, kind, zone or False): minutes}``: the zone's own rule,
    else the kind's rule for any zone; None when the kind has no target."""
    for key in ((company_id, kind, zone), (company_id, kind, False)):
        if key in rules:
            return rules[key]
    return None


# 004 规范: the engineer arrives 5 to 10 minutes before the time agreed with the customer.
EARLY_MINUTES = (5, 10)


def arrival_punctuality(planned, arrived):
    """``on_time`` when the engineer arrived 5 to 10 minutes before the appointment, ``early`` before
    that, ``late`` after it; None without both times."""
    if not planned or not arrived:
        return None
    minutes_early = (planned - arrived).total_seconds() / 60
    if minutes_early < EARLY_MINUTES[0]:
        return "late"
    return "on_time" if minutes_early <= EARLY_MINUTES[1] else "early"


def running_late_before(now):
    """Appointments starting before this moment without an arrival are late: the engineer can no longer
    arrive 5 minutes ahead, so the order must be rescheduled or reassigned."""
    return now + timedelta(minutes=EARLY_MINUTES[0])
