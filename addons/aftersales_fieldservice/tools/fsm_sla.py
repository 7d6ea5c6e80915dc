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
