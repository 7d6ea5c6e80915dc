"""The spreadsheet dashboards (Service, Warranty, Satisfaction) over a million cases and 200,000 jobs.

.venv/bin/python tests/bench/bench_spreadsheet_dashboards.py --db DB --tickets 1000000 --jobs 200000

The records are copied from one made by the ORM with INSERT ... SELECT (the ORM would take hours); then
each dashboard's figures are asked for as the web client asks when it opens the dashboard with its default
period (the last 365 days): one read_group per pivot (the period and the one before) and per chart. The
figure is the total time of a dashboard's read_groups, one after the other (the browser sends them at once,
so a server with workers answers sooner).
"""

import json
import time
from datetime import timedelta

from odoo import Command, fields


def clone(env, model, template, count, overrides):
    """``count`` copies of ``template`` (one record) by SQL; ``overrides``: column -> SQL expression of ``n``."""
    table = env[model]._table
    env.cr.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND column_name <> 'id'", [table]
    )
    columns = [name for (name,) in env.cr.fetchall()]
    expressions = [overrides.get(name, f'"{name}"') for name in columns]
    query = f"""
        INSERT INTO "{table}" ({", ".join(f'"{name}"' for name in columns)})
        SELECT {", ".join(expressions)} FROM "{table}", generate_series(1, %(count)s) AS n WHERE id = %(template)s
    """  # table and column names come from the registry, the values are parameters
    env.cr.execute(query, {"count": count, "template": template.id})
    env.cr.execute(f'ANALYZE "{table}"')


def _dashboard_calls(env, data, today):
    """(model, domain, fields, groupby) of every read_group the dashboard makes for its default period."""
    start = today - timedelta(days=365)
    periods = {0: (start, today), -1: (start - timedelta(days=365), start - timedelta(days=1))}

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


def run(env, tickets=1_000_000, jobs=200_000, claims=100_000, callbacks=100_000):
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
        },
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

    Dashboard = env["spreadsheet.dashboard"]
    for xmlid in (
        "spreadsheet_dashboard_service",
        "spreadsheet_dashboard_warranty",
        "spreadsheet_dashboard_satisfaction",
    ):
        dashboard = env.ref(f"aftersales_spreadsheet_dashboard.{xmlid}")
        data = json.loads(dashboard.spreadsheet_data)
        calls = list(_dashboard_calls(env, data, today))
        env.invalidate_all()
        started = time.perf_counter()
        Dashboard.browse(dashboard.id).get_readonly_dashboard()
        for model, domain, aggregates, groupby in calls:
            env[model].read_group(domain, aggregates or ["__count"], groupby, lazy=False)
        elapsed = time.perf_counter() - started
        yield (f"{dashboard.name} dashboard: {len(calls)} read_groups", elapsed, "s", 1)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=1_000_000, jobs=200_000, claims=100_000, callbacks=100_000)


if __name__ == "__main__":
    main()
