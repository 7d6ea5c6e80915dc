"""A recall over 500,000 vehicles: the launch, and the reception warning for one vehicle.

.venv/bin/python tests/bench/bench_campaign.py --db DB --vehicles 500000

The vehicles are copied from one made by the ORM with INSERT ... SELECT (the ORM would take an hour); the
campaign selects them by model and VIN range and is launched through its action, as a manager does. The
lookup is what the job and case forms compute for one vehicle: its open campaigns and the warning.
"""

import time

from benchenv import clone

from odoo import Command


def run(env, vehicles=500_000, lookups=200):
    started = time.perf_counter()
    model = env["product.product"].create({"name": "Recall bench truck", "aftersales_is_vehicle": True})
    template = env["aftersales.vehicle"].create({"vin": "BNCHRCLF7K0000000", "product_id": model.id})
    clone(
        env,
        "aftersales.vehicle",
        template,
        vehicles,
        {
            "vin": "'BNCHRCL' || lpad(n::text, 10, '0')",
            "name": "'BNCHRCL' || lpad(n::text, 10, '0')",
            "production_date": "DATE '2026-01-01' + (n %% 180)",
            "lot_id": "NULL",
        },
    )
    yield (f"copy {vehicles} vehicles by SQL (setup)", time.perf_counter() - started, "s", None)

    campaign = env["aftersales.campaign"].create(
        {
            "title": "Bench recall",
            "product_ids": [Command.set(model.ids)],
            "vin_from": "BNCHRCL0000000001",
            "vin_to": f"BNCHRCL{vehicles:010d}",
        }
    )
    env.invalidate_all()
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    campaign.action_launch()
    env.flush_all()
    elapsed = time.perf_counter() - started
    queries = env.cr.sql_log_count - queries
    assert campaign.vehicle_count == vehicles, campaign.vehicle_count
    yield (f"launch over {vehicles} vehicles", elapsed, "s", 60)
    yield (f"launch: queries ({queries} in all)", queries / vehicles, "queries per vehicle", None)

    env.cr.execute("ANALYZE aftersales_campaign_vehicle")
    env.cr.execute("SELECT id FROM aftersales_vehicle WHERE vin LIKE 'BNCHRCL%%' ORDER BY id DESC LIMIT %s", [lookups])
    ids = [row[0] for row in env.cr.fetchall()]
    started = time.perf_counter()
    for vehicle_id in ids:
        env.invalidate_all()
        assert env["aftersales.vehicle"].browse(vehicle_id).campaign_warning
    elapsed = (time.perf_counter() - started) / len(ids) * 1000
    yield ("open campaigns of one vehicle (reception warning)", elapsed, "ms", 5)


def main():
    from benchenv import cli

    cli(__doc__, run, vehicles=500_000, lookups=200)


if __name__ == "__main__":
    main()
