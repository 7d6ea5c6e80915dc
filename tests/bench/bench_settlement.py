"""Settlement of many approved claims into one journal entry per partner.

.venv/bin/python tests/bench/bench_settlement.py --db DB --claims 20000 --partners 4
"""

import time
from datetime import date

from dateutil.relativedelta import relativedelta


def run(env, claims=20_000, partners=1):
    env = env(context=dict(env.context, tracking_disable=True, mail_notrack=True))
    today = date.today()
    stations = env["res.partner"].create(
        [{"name": f"Bench station {i}", "is_service_station": True} for i in range(partners)]
    )
    vehicle = env["aftersales.vehicle"].create(
        {"vin": "BNCHS000000000001", "delivery_date": today - relativedelta(months=6)}
    )
    started = time.perf_counter()
    records = env["aftersales.warranty.claim"].create(
        [
            {
                "partner_id": stations[i % partners].id,
                "vehicle_id": vehicle.id,
                "line_ids": [
                    (0, 0, {"line_type": "labour", "name": "Op", "std_hours": 1, "rate": 120}),
                    (0, 0, {"line_type": "travel", "name": "Trip", "quantity": 10, "unit_amount": 2}),
                ],
            }
            for i in range(claims)
        ]
    )
    # Approved as if assessed: the benchmark measures settling, not the workflow before it.
    env.flush_all()
    env.cr.execute(
        "UPDATE aftersales_warranty_claim_line SET amount_approved = amount_claimed WHERE claim_id IN %s",
        [tuple(records.ids)],
    )
    env.cr.execute(
        """UPDATE aftersales_warranty_claim
              SET state = 'approved', assessed_on = %s, amount_approved = amount_claimed
            WHERE id IN %s""",
        [today, tuple(records.ids)],
    )
    env.invalidate_all()
    yield (f"create {claims} claims (setup)", time.perf_counter() - started, "s", None)
    queries = env.cr.sql_log_count
    started = time.perf_counter()
    settlements = env["aftersales.warranty.settlement"].create(
        [{"partner_id": s.id, "date_from": today.replace(day=1), "date_to": today} for s in stations]
    )
    settlements.action_collect()
    settlements.action_post()
    env.flush_all()
    elapsed = time.perf_counter() - started
    assert sum(settlements.mapped("claim_count")) == claims, "every claim settled once"
    yield (f"settle {claims} claims into {partners} moves", elapsed, "s", 30)
    yield ("queries per claim", (env.cr.sql_log_count - queries) / claims, "queries", None)


def main():
    from benchenv import cli

    cli(__doc__, run, claims=20_000, partners=1)


if __name__ == "__main__":
    main()
