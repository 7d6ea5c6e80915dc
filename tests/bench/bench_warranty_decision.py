"""Warranty decisions for many repair lines: time of Check Warranty over jobs totalling N lines.

.venv/bin/python tests/bench/bench_warranty_decision.py --db DB --lines 10000
"""

import time
from datetime import date


def run(env, lines=10_000, lines_per_job=100):
    env = env(context=dict(env.context, tracking_disable=True, mail_notrack=True))
    model = env["product.product"].create({"name": "Bench model", "aftersales_is_vehicle": True})
    parts = env["product.product"].create([{"name": f"Bench part {i}", "lst_price": 10 + i} for i in range(20)])
    vehicles = env["aftersales.vehicle"].create(
        [
            {"vin": f"BNCHV{i:012d}", "product_id": model.id, "delivery_date": date(2025, 1, 1)}
            for i in range(max(1, lines // lines_per_job))
        ]
    )
    half = lines_per_job // 2
    started = time.perf_counter()
    jobs = env["repair.order"].create(
        [
            {
                "vehicle_id": vehicle.id,
                "odometer_in": 10000 + i,
                "labour_ids": [(0, 0, {"name": f"Op {n}", "std_hours": 1, "rate": 120}) for n in range(half)],
                "move_ids": [
                    (0, 0, {"product_id": parts[n % 20].id, "product_uom_qty": 1, "repair_line_type": "add"})
                    for n in range(lines_per_job - half)
                ],
            }
            for i, vehicle in enumerate(vehicles)
        ]
    )
    env.flush_all()
    total = len(jobs) * lines_per_job
    yield (f"create {len(jobs)} jobs / {total} lines (setup)", time.perf_counter() - started, "s", None)
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    jobs.action_check_warranty()
    env.flush_all()
    yield (f"Check Warranty on {total} lines", time.perf_counter() - started, "s", 10)
    yield ("queries per line", (env.cr.sql_log_count - queries) / total, "queries", None)


def main():
    from benchenv import cli

    cli(__doc__, run, lines=10_000, lines_per_job=100)


if __name__ == "__main__":
    main()
