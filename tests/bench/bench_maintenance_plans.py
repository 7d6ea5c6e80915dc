"""A year of visits for N preventive maintenance plans in one run (DESIGN.md: 10,000 plans under 60 s,
queries per generated visit flat), and one notice day turning visits into dispatch orders.

.venv/bin/python tests/bench/bench_maintenance_plans.py --db DB --plans 10000
"""

import time
from datetime import datetime, timedelta


def _plans(env, count, locations, template, start):
    return env["fsm.recurring"].create(
        [
            {
                "fsm_recurring_template_id": template.id,
                "location_id": locations[i % len(locations)].id,
                "start_date": start,
                "state": "progress",
            }
            for i in range(count)
        ]
    )


def _generate(env, plans, today):
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    visits = plans._aftersales_plan_visits(today=today)
    env.flush_all()
    return visits, time.perf_counter() - started, env.cr.sql_log_count - queries


def run(env, plans=10_000):
    env = env(context=dict(env.context, tracking_disable=True, mail_notrack=True, mail_create_nolog=True))
    owner = env["res.partner"].create({"name": "Bench plan customer", "email": "bench@example.com"})
    locations = env["fsm.location"].create(
        [{"name": f"Bench site {i}", "owner_id": owner.id} for i in range(max(1, min(100, plans // 100)))]
    )
    template = env.ref("aftersales_maintenance_plan.recurring_template_preventive")
    today = datetime.now().date()
    start = datetime.combine(today, datetime.min.time()) + timedelta(hours=2)
    started = time.perf_counter()
    small = _plans(env, max(1, plans // 10), locations, template, start)
    full = _plans(env, plans, locations, template, start)
    env.flush_all()
    yield (f"create {len(small) + len(full)} plans (setup)", time.perf_counter() - started, "s", None)

    visits, seconds, queries = _generate(env, small, today)
    yield (f"a year of visits for {len(small)} plans ({len(visits)} visits)", seconds, "s", None)
    yield ("  queries per visit", queries / max(1, len(visits)), "queries", None)
    visits, seconds, queries = _generate(env, full, today)
    yield (f"a year of visits for {len(full)} plans ({len(visits)} visits)", seconds, "s", 60)
    yield ("  queries per visit", queries / max(1, len(visits)), "queries", None)

    # One notice day: the visits a month and 7 days from now become dispatch orders, the customers told.
    due = env["aftersales.maintenance.visit"].search(
        [("plan_id", "in", full.ids), ("notice_date", "=", min(visits.mapped("notice_date")))]
    )
    due = due[: max(1, len(full) // 30)]  # a day's share of a month's visits
    env.invalidate_all()
    started = time.perf_counter()
    orders = due._aftersales_make_orders()
    env.flush_all()
    yield (f"one notice day: {len(orders)} dispatch orders and notices", time.perf_counter() - started, "s", None)


def main():
    from benchenv import cli

    cli(__doc__, run, plans=10_000)


if __name__ == "__main__":
    main()
