"""The scheduled SLA refresh over many open cases: the cases the clock changed since the last run are
recomputed, the others are not read at all. Against the former refresh (every open case on every run).

.venv/bin/python tests/bench/bench_sla_refresh.py --db DB --tickets 100000
"""

import time
from datetime import datetime, timedelta

from freezegun import freeze_time


def _timed(env, action):
    env.flush_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    result = action()
    env.flush_all()
    return time.perf_counter() - started, env.cr.sql_log_count - queries, result


def run(env, tickets=100_000, batch_size=500):
    env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True, mail_notrack=True))
    Ticket = env["helpdesk.ticket"]
    start = datetime(2026, 3, 2, 8, 0)
    # Reported a minute apart over the weeks before the runs; a third of each severity.
    with freeze_time(start):
        for offset in range(0, tickets, 5000):
            Ticket.create(
                [
                    {
                        "name": f"Bench SLA case {n}",
                        "description": "Engine light",
                        "severity": ("minor", "major", "critical")[n % 3],
                        "service_zone": ("city", "province", "remote")[n % 3],
                        "reported_date": start + timedelta(minutes=n),
                    }
                    for n in range(offset, min(tickets, offset + 5000))
                ]
            )
            env.flush_all()  # states computed at creation, as a request does
    open_cases = Ticket.search_count([("stage_id.closed", "=", False)])
    yield ("open cases", open_cases, "cases", None)
    # Two scheduler runs five minutes apart, some time after the last case was reported.
    run_at = start + timedelta(minutes=tickets + 30)
    for label, moment in (("first run", run_at), ("run five minutes later", run_at + timedelta(minutes=5))):
        with freeze_time(moment):
            total = 0
            elapsed = queries = 0
            while True:
                seconds, count, (done, remaining) = _timed(env, lambda: Ticket._sla_refresh_states(batch_size))
                elapsed, queries, total = elapsed + seconds, queries + count, total + done
                if not remaining:
                    break
        yield (f"{label}: cases refreshed", total, "cases", None)
        yield (f"{label}: time", elapsed, "s", None)
        yield (f"{label}: queries", queries, "queries", None)
    with freeze_time(run_at + timedelta(minutes=10)):
        pending = Ticket.search([("stage_id.closed", "=", False), ("sla_state", "in", ("on_track", "at_risk"))])
        seconds, count, _result = _timed(
            env, lambda: (env.add_to_compute(Ticket._fields["sla_state"], pending), pending.flush_recordset())
        )
    yield (f"former refresh: recompute all {len(pending)} pending cases", seconds, "s", None)
    yield ("former refresh: queries", count, "queries", None)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=100_000, batch_size=500)


if __name__ == "__main__":
    main()
