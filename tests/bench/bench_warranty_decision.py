"""Warranty decisions for many repair lines: time of Check Warranty over jobs totalling N lines.

.venv/bin/python tests/bench/bench_warranty_decision.py --db DB --lines 10000
"""

import time
from datetime import date

from benchenv import environment
from benchenv import parser
from benchenv import report


def main():
    args = parser(__doc__)
    args.add_argument("--lines", type=int, default=10_000)
    args.add_argument("--lines-per-job", type=int, default=100)
    options = args.parse_args()
    with environment(options.db) as env:
        env = env(context=dict(env.context, tracking_disable=True, mail_notrack=True))
        model = env["product.product"].create({"name": "Bench model", "aftersales_is_vehicle": True})
        parts = env["product.product"].create([{"name": f"Bench part {i}", "lst_price": 10 + i} for i in range(20)])
        vehicles = env["aftersales.vehicle"].create(
            [
                {"vin": f"BNCHV{i:012d}", "product_id": model.id, "delivery_date": date(2025, 1, 1)}
                for i in range(options.lines // options.lines_per_job)
            ]
        )
        half = options.lines_per_job // 2
        started = time.perf_counter()
        jobs = env["repair.order"].create(
            [
                {
                    "vehicle_id": vehicle.id,
                    "odometer_in": 10000 + i,
                    "labour_ids": [(0, 0, {"name": f"Op {n}", "std_hours": 1, "rate": 120}) for n in range(half)],
                    "move_ids": [
                        (0, 0, {"product_id": parts[n % 20].id, "product_uom_qty": 1, "repair_line_type": "add"})
                        for n in range(options.lines_per_job - half)
                    ],
                }
                for i, vehicle in enumerate(vehicles)
            ]
        )
        env.flush_all()
        report(f"create {len(jobs)} jobs / {options.lines} lines", time.perf_counter() - started, "s")
        env.invalidate_all()
        queries = env.cr.sql_log_count
        started = time.perf_counter()
        jobs.action_check_warranty()
        env.flush_all()
        elapsed = time.perf_counter() - started
        report(f"Check Warranty on {options.lines} lines", elapsed, "s", target=10)
        report("queries per line", (env.cr.sql_log_count - queries) / options.lines, "queries")


if __name__ == "__main__":
    main()
