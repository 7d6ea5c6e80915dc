"""KPI reports over many cases: the service report's breakdowns and the dashboard, by SQL aggregation.

.venv/bin/python tests/bench/bench_kpi_reports.py --db DB --tickets 1000000

The cases are inserted with one INSERT ... SELECT (the ORM would take hours for a million); the
reports then run through the ORM's read_group, as users run them.
"""

import time
from datetime import date


def run(env, tickets=1_000_000):
    cr = env.cr
    company = env.company
    stations = env["res.partner"].create([{"name": f"KPI station {i}", "is_service_station": True} for i in range(50)])
    stages = env["helpdesk.ticket.stage"].search([]).ids
    channels = env["helpdesk.ticket.channel"].search([]).ids
    categories = env["helpdesk.ticket.category"].search([]).ids or [None]
    started = time.perf_counter()
    cr.execute(
        """
        INSERT INTO helpdesk_ticket (company_id, name, description, severity, reported_date, sla_state, station_id,
                                     stage_id, channel_id, category_id, number, active, create_date, write_date)
        SELECT %(company)s, 'KPI case ' || n, 'generated', (ARRAY['minor','major','critical'])[1 + n %% 3],
               date_trunc('year', now()) + (n %% 330) * interval '1 day' + (n %% 86400) * interval '1 second',
               (ARRAY['on_track','at_risk','breached','met'])[1 + n %% 4],
               (%(stations)s::int[])[1 + n %% %(n_stations)s],
               (%(stages)s::int[])[1 + n %% %(n_stages)s],
               (%(channels)s::int[])[1 + n %% %(n_channels)s],
               (%(categories)s::int[])[1 + n %% %(n_categories)s],
               'KPI' || n, TRUE, now(), now()
          FROM generate_series(1, %(tickets)s) AS n
        """,
        {
            "company": company.id,
            "stations": stations.ids,
            "n_stations": len(stations),
            "stages": stages,
            "n_stages": len(stages),
            "channels": channels,
            "n_channels": len(channels),
            "categories": categories,
            "n_categories": len(categories),
            "tickets": tickets,
        },
    )
    cr.execute("ANALYZE helpdesk_ticket")
    yield (f"insert {tickets} cases by SQL (setup)", time.perf_counter() - started, "s", None)
    report = env["aftersales.service.report"].create({"period": "year", "date": date.today()})
    domain, _start, _end = report._domain()
    for groupby in (None, "severity", "station_id", "channel_id", "category_id"):
        env.invalidate_all()
        started = time.perf_counter()
        rows = report._breakdown(domain, groupby)
        elapsed = time.perf_counter() - started
        assert rows, groupby
        yield (f"service report by {groupby or 'total'} over {tickets} cases", elapsed, "s", 1)
    env.invalidate_all()
    started = time.perf_counter()
    tiles = env["aftersales.dashboard"].get_tiles()
    yield (f"dashboard ({len(tiles)} figures) over {tickets} cases", time.perf_counter() - started, "s", 1)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=1_000_000)


if __name__ == "__main__":
    main()
