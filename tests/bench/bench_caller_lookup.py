"""Caller lookup on many partners: time per find_partner_by_phone on an indexed E.164 column.

.venv/bin/python tests/bench/bench_caller_lookup.py --db DB --partners 100000
"""

import random
import time


def run(env, partners=100_000, lookups=1000):
    Partner = env["res.partner"].with_context(tracking_disable=True, mail_create_nolog=True)
    numbers = [f"1{random.choice('3589')}{n:09d}" for n in random.sample(range(10**9), partners)]
    started = time.perf_counter()
    for chunk in range(0, len(numbers), 5000):
        Partner.create([{"name": f"Bench {number}", "mobile": number} for number in numbers[chunk : chunk + 5000]])
    env.flush_all()
    yield (f"create {partners} partners (incl. E.164)", time.perf_counter() - started, "s", None)
    Ticket = env["helpdesk.ticket"]
    writings = ("{n}", "+86 {a} {b} {c}", "0086-{a}-{b}-{c}", "({a}) {b} {c}")
    probes = random.sample(numbers, min(lookups, len(numbers)))
    started = time.perf_counter()
    for number in probes:
        text = random.choice(writings).format(n=number, a=number[:3], b=number[3:7], c=number[7:])
        assert Ticket.find_partner_by_phone(text), text
    elapsed = (time.perf_counter() - started) / len(probes) * 1000
    yield (f"find_partner_by_phone among {partners}", elapsed, "ms/lookup", 50)


def main():
    from benchenv import cli

    cli(__doc__, run, partners=100_000, lookups=1000)


if __name__ == "__main__":
    main()
