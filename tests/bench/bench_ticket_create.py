"""Case creation in one batch, with SLA deadlines and the vehicle's warranty and 三包 facts, against
plain helpdesk_mgmt tickets created in the same run on a database without our addons.

.venv/bin/python tests/bench/bench_ticket_create.py --db DB --tickets 10000 --plain-db DB_PLAIN
"""

import time
from datetime import date

from dateutil.relativedelta import relativedelta


def _values(count, partner_id=None, vehicle_ids=()):
    values = []
    for n in range(count):
        value = {"name": f"Bench case {n}", "description": "Engine light"}
        if partner_id:
            value["partner_id"] = partner_id
        if vehicle_ids:
            value.update(vehicle_id=vehicle_ids[n % len(vehicle_ids)], severity=("minor", "major", "critical")[n % 3])
        values.append(value)
    return values


def _timed_create(env, values):
    env.flush_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    env["helpdesk.ticket"].create(values)
    env.flush_all()
    return time.perf_counter() - started, (env.cr.sql_log_count - queries) / len(values)


def run(env, tickets=10_000, plain_db=""):
    env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True, mail_notrack=True))
    customer = env["res.partner"].create({"name": "Bench customer", "mobile": "13800000000"})
    vehicles = env["aftersales.vehicle"].create(
        [
            {
                "vin": f"BNCHT{i:012d}",
                "partner_id": customer.id,
                "delivery_date": date.today() - relativedelta(months=i),
            }
            for i in range(20)
        ]
    )
    small = max(1, tickets // 10)
    _elapsed, small_queries = _timed_create(env, _values(small, customer.id, vehicles.ids))
    elapsed, queries = _timed_create(env, _values(tickets, customer.id, vehicles.ids))
    yield (f"create {tickets} cases in one batch", elapsed, "s", None)
    yield (f"queries per case at {small} cases", small_queries, "queries", None)
    yield (f"queries per case at {tickets} cases", queries, "queries", small_queries * 1.1)
    if plain_db:
        from benchenv import environment

        with environment(plain_db) as plain_env:
            plain_env = plain_env(context=dict(plain_env.context, tracking_disable=True, mail_create_nolog=True))
            partner = plain_env["res.partner"].create({"name": "Bench customer"})
            plain, _queries = _timed_create(plain_env, _values(tickets, partner.id))
        yield (f"plain helpdesk_mgmt: create {tickets} tickets", plain, "s", None)
        yield ("ours / plain helpdesk_mgmt", elapsed / plain, "x", 1.5)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=10_000, plain_db="")


if __name__ == "__main__":
    main()
