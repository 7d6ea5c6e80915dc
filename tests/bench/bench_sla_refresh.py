"""The scheduled SLA refresh over many open cases: the cases the clock changed since the last run are
recomputed, the others are not read at all. Against the former refresh (every pending open case on every
run), measured on the same cases at the same moment.

.venv/bin/python tests/bench/bench_sla_refresh.py --db DB --tickets 100000
"""

import time
from datetime import datetime, timedelta

from freezegun import freeze_time


def _clock():
    # freezegun fakes time.perf_counter and time.monotonic; the raw monotonic clock still runs.
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def _timed(env, action):
    env.flush_all()
    queries = env.cr.sql_log_count
    started = _clock()
    result = action()
    env.flush_all()
    return _clock() - started, env.cr.sql_log_count - queries, result


def run(env, tickets=100_000, batch_size=500):
    """Open cases reported over the last week; their states were computed at the previous run, five
    minutes before this one (the scheduler's interval): the run refreshes what the clock changed since."""
    env = env(context=dict(env.context, tracking_disable=True, mail_create_nolog=True, mail_notrack=True))
    Ticket = env["helpdesk.ticket"]
    run_at = datetime(2026, 3, 9, 8, 0)
    previous = run_at - timedelta(minutes=5)
    first = run_at - timedelta(days=7)
    spacing = timedelta(days=7) / tickets
    with freeze_time(previous):
        for offset in range(0, tickets, 5000):
            Ticket.create(
                [
                    {
                        "name": f"Bench SLA case {n}",
                        "description": "Engine light",
                        "severity": ("minor", "major", "critical")[n % 3],
                        "service_zone": ("city", "province", "remote")[n % 3],
                        "reported_date": first + n * spacing,
                    }
                    for n in range(offset, min(tickets, offset + 5000))
                ]
            )
            env.flush_all()  # states computed at the previous run
    open_domain = [("stage_id.closed", "=", False)]
    yield ("open cases", Ticket.search_count(open_domain), "cases", None)
    with freeze_time(run_at):
        pending = Ticket.search(open_domain + [("sla_state", "in", ("on_track", "at_risk"))])
        with env.cr.savepoint():
            seconds, count, _result = _timed(
                env, lambda: (env.add_to_compute(Ticket._fields["sla_state"], pending), pending.flush_recordset())
            )
            env.invalidate_all()
        yield (f"former refresh: recompute all {len(pending)} pending cases", seconds, "s", None)
        yield ("former refresh: queries", count, "queries", None)
        total = elapsed = queries = 0
        while True:
            seconds, count, (done, remaining) = _timed(env, lambda: Ticket._sla_refresh_states(batch_size))
            elapsed, queries, total = elapsed + seconds, queries + count, total + done
            if not remaining:
                break
        yield ("this run: cases whose state the clock changed in 5 minutes", total, "cases", None)
        yield ("this run: time", elapsed, "s", None)
        yield ("this run: queries", queries, "queries", None)


def main():
    from benchenv import cli

    cli(__doc__, run, tickets=100_000, batch_size=500)


if __name__ == "__main__":
    main()
