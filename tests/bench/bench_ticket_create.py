"""Case creation against plain helpdesk_mgmt tickets created in the same run on a database without our
addons: a large batch without tracking (imports, integrations), then cases as users create them, in the
default context (tracking, followers, the creation message), one at a time and in small batches.

.venv/bin/python tests/bench/bench_ticket_create.py --db DB --tickets 10000 --plain-db DB_PLAIN
"""

import statistics
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


def _clock():
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def _default_context_sample(env, values, batch):
    """Milliseconds and queries per case for ``len(values)`` cases, created one by one or in one call."""
    tickets = env["helpdesk.ticket"]
    env.flush_all()
    queries = env.cr.sql_log_count
    started = _clock()
    if batch:
        tickets.create(values)
        env.flush_all()
    else:
        for value in values:
            tickets.create(value)
            env.flush_all()
    return (_clock() - started) * 1000 / len(values), (env.cr.sql_log_count - queries) / len(values)


def _default_context(envs, rounds, per_round):
    """Each environment's (partner, vehicle) values; the rounds alternate between the databases so that
    both see the same machine, and each figure is the median of its rounds."""
    samples = {}
    for _round in range(rounds + 1):  # the first round warms the caches and is not counted
        for name, (env, value) in envs.items():
            for batch in (False, True):
                sample = _default_context_sample(env, [dict(value) for _n in range(per_round)], batch)
                if _round:
                    samples.setdefault((name, batch), []).append(sample)
    return {
        key: (statistics.median(ms for ms, _q in values), statistics.median(q for _ms, q in values))
        for key, values in samples.items()
    }


def run(env, tickets=10_000, plain_db="", rounds=5, per_round=40):
    default_env = env
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
    ours_value = _values(1, customer.id, vehicles.ids)[0]
    if not plain_db:
        figures = _default_context({"ours": (default_env, ours_value)}, rounds, per_round)
        for batch, label in ((False, "one at a time"), (True, f"in batches of {per_round}")):
            yield (f"default context, {label}: ms per case", figures["ours", batch][0], "ms", None)
        return

    from benchenv import environment

    with environment(plain_db) as plain_env:
        partner = plain_env["res.partner"].create({"name": "Bench customer"})
        quiet = plain_env(context=dict(plain_env.context, tracking_disable=True, mail_create_nolog=True))
        plain, _queries = _timed_create(quiet, _values(tickets, partner.id))
        yield (f"plain helpdesk_mgmt: create {tickets} tickets", plain, "s", None)
        yield ("ours / plain helpdesk_mgmt", elapsed / plain, "x", 1.5)

        plain_value = _values(1, partner.id)[0]
        figures = _default_context(
            {"ours": (default_env, ours_value), "plain": (plain_env, plain_value)}, rounds, per_round
        )
    for batch, label, target in ((False, "one at a time", 1.3), (True, f"in batches of {per_round}", 1.2)):
        (ours_ms, ours_queries), (plain_ms, plain_queries) = figures["ours", batch], figures["plain", batch]
        yield (f"default context, {label}: ms per case", ours_ms, "ms", None)
        yield (f"default context, {label}: ms per plain ticket", plain_ms, "ms", None)
        yield (f"default context, {label}: queries per case / ticket", ours_queries, f"/ {plain_queries:g}", None)
        yield (f"default context, {label}: ours / plain", ours_ms / plain_ms, "x", target)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=10_000, plain_db="", rounds=5, per_round=40)


if __name__ == "__main__":
    main()
