"""The spreadsheet dashboards (Service, Warranty, Satisfaction) over a million cases and 200,000 jobs.

.venv/bin/python tests/bench/bench_spreadsheet_dashboards.py --db DB --tickets 1000000 --jobs 200000

The records are copied from one made by the ORM with INSERT ... SELECT (the ORM would take hours); then
each dashboard's figures are asked for as the web client asks when it opens the dashboard with its default
period (the last 90 days): one read_group per pivot (the period and the one before) and per chart. The
figure is the total time of a dashboard's read_groups, one after the other (the browser sends them at once,
so a server with workers answers sooner).
"""

import json
import time
from datetime import timedelta

from benchenv import clone

from odoo import Command, fields
from odoo.tools import file_open

# The spreadsheet's relative periods ("Last 180 Days"...) in days.
RELATIVE_DAYS = {"last_week": 7, "last_month": 30, "last_three_months": 90, "last_six_months": 180, "last_year": 365}


def _dashboard_calls(env, data, today):
    """(model, domain, fields, groupby) of every read_group the dashboard makes for its default period."""
    period_filter = next(flt for flt in data["globalFilters"] if flt["type"] == "date")
    days = RELATIVE_DAYS[period_filter["defaultValue"]]
    start = today - timedelta(days=days - 1)
    periods = {0: (start, today), -1: (start - timedelta(days=days), start - timedelta(days=1))}

    def period_domain(matching, offset):
        period = next(match for match in matching.values() if match["type"] in ("date", "datetime"))
        first, last = periods[offset]
        if period["type"] == "datetime":
            first, last = f"{first} 00:00:00", f"{last} 23:59:59"
        return [(period["chain"], ">=", first), (period["chain"], "<=", last)]

    def aggregates(model, measures):
        return [f"{m}:{env[model]._fields[m].aggregator}" for m in measures if m != "__count"]

    for pivot in data["pivots"].values():
        matching = pivot["fieldMatching"]
        offset = next(match.get("offset", 0) for match in matching.values() if match["type"] in ("date", "datetime"))
        domain = pivot["domain"] + period_domain(matching, offset)
        measures = [measure["fieldName"] for measure in pivot["measures"]]
        yield pivot["model"], domain, aggregates(pivot["model"], measures), [row["fieldName"] for row in pivot["rows"]]
    for sheet in data["sheets"]:
        for figure in sheet["figures"]:
            chart = figure["data"]
            if chart["type"].startswith("odoo_"):
                meta = chart["metaData"]
                domain = chart["searchParams"]["domain"] + period_domain(chart["fieldMatching"], 0)
                yield meta["resModel"], domain, aggregates(meta["resModel"], [meta["measure"]]), meta["groupBy"]


def run(env, tickets=1_000_000, jobs=200_000, claims=100_000, callbacks=100_000, verbose=0):
    today = fields.Date.context_today(env.user)
    started = time.perf_counter()
    stations = env["res.partner"].create(
        [{"name": f"Dashboard station {i}", "is_service_station": True} for i in range(50)]
    )
    product = env["product.product"].create({"name": "Dashboard truck", "aftersales_is_vehicle": True})
    vehicle = env["aftersales.vehicle"].create({"vin": "DASHBNCH7K1000001", "product_id": product.id})
    ticket = env["helpdesk.ticket"].create({"name": "Dashboard case", "description": "x", "vehicle_id": vehicle.id})
    job = env["repair.order"].create(
        {
            "vehicle_id": vehicle.id,
            "labour_ids": [Command.create({"name": "Pump", "std_hours": 1, "rate": 120, "pay_type": "customer"})],
        }
    )
    stations_sql = f"(ARRAY[{','.join(map(str, stations.ids))}]::int[])"  # ids from the ORM
    day = "current_date - (n %% 730) * interval '1 day'"
    clone(
        env,
        "helpdesk.ticket",
        ticket,
        tickets,
        {
            "name": "'Dashboard case ' || n",
            "number": "'DASH' || n",
            "reported_date": f"{day} + (n %% 86400) * interval '1 second'",
            "station_id": f"{stations_sql}[1 + n %% 50]",
            "sla_state": "(ARRAY['on_track','at_risk','breached','met'])[1 + n %% 4]",
            "in_warranty": "n %% 3 <> 0",
        },
    )
    clone(
        env,
        "repair.order",
        job,
        jobs,
        {
            "name": "'DASH/' || n",
            "state": "'done'",
            "aftersales_done_date": day,
            "station_id": f"{stations_sql}[1 + n %% 50]",
            "output_total": "100 + n %% 900",
            "output_average": "100 + n %% 900",
            "estimated_completion": f"{day} + (n %% 3 - 1) * interval '1 day'",
        },
    )
    # Each job's labour line, by one of 40 technicians: the technicians' table reads them.
    technicians = env["res.users"].create([{"name": f"Technician {i}", "login": f"dash_tech_{i}"} for i in range(40)])
    technicians_sql = f"(ARRAY[{','.join(map(str, technicians.ids))}]::int[])"
    clone(
        env,
        "aftersales.repair.labour",
        job.labour_ids[:1],
        jobs,
        {
            "repair_id": "r.id",
            "technician_id": f"{technicians_sql}[1 + r.id %% 40]",
            "done_date": "r.aftersales_done_date",
            "station_id": "r.station_id",
        },
        rows="(SELECT id, aftersales_done_date, station_id FROM repair_order WHERE name LIKE 'DASH/%%') AS r",
    )
    claim = env["aftersales.warranty.claim"].create(
        {
            "partner_id": stations[0].id,
            "vehicle_id": vehicle.id,
            "line_ids": [Command.create({"line_type": "labour", "name": "Pump", "std_hours": 1, "rate": 120})],
        }
    )
    clone(
        env,
        "aftersales.warranty.claim",
        claim,
        claims,
        {
            "name": "'DASHCL/' || n",
            "state": "(ARRAY['submitted','approved','rejected','settled'])[1 + n %% 4]",
            "failure_date": day,
            "partner_id": f"{stations_sql}[1 + n %% 50]",
            "amount_claimed": "100 + n %% 900",
            "amount_approved": "n %% 900",
        },
    )
    callback = env["aftersales.callback"].create(
        {"partner_id": stations[0].id, "scheduled_date": today, "deadline": today, "station_id": stations[0].id}
    )
    clone(
        env,
        "aftersales.callback",
        callback,
        callbacks,
        {
            "deadline": day,
            "scheduled_date": day,
            "station_id": f"{stations_sql}[1 + n %% 50]",
            "state": "(ARRAY['scheduled','done','unreachable'])[1 + n %% 3]",
            "outcome": "(ARRAY['satisfied','resolved','unresolved'])[1 + n %% 3]",
            "score": "60 + n %% 40",
        },
    )
    yield (
        f"copy {tickets} cases, {jobs} jobs, {claims} claims, {callbacks} callbacks (setup)",
        time.perf_counter() - started,
        "s",
        None,
    )

    # The dashboards as the addon ships them (the records' copies live in the filestore of whoever installed).
    for name in ("service", "warranty", "satisfaction"):
        with file_open(f"aftersales_spreadsheet_dashboard/data/files/aftersales_{name}_dashboard.json") as file:
            data = json.load(file)
        calls = list(_dashboard_calls(env, data, today))
        env.invalidate_all()
        started = time.perf_counter()
        for model, domain, aggregates, groupby in calls:
            one = time.perf_counter()
            env[model].read_group(domain, aggregates or ["__count"], groupby, lazy=False)
            if verbose:
                print(f"    {time.perf_counter() - one:.3f} s  {model} {groupby} {aggregates}", flush=True)
        elapsed = time.perf_counter() - started
        yield (f"{name} dashboard: {len(calls)} read_groups", elapsed, "s", 1)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=1_000_000, jobs=200_000, claims=100_000, callbacks=100_000, verbose=0)


if __name__ == "__main__":
    main()
