from dateutil.relativedelta import relativedelta

from odoo import SUPERUSER_ID, api, fields
from odoo.exceptions import UserError
from odoo.modules.registry import Registry
from odoo.tests import BaseCase, get_db_name, tagged


@tagged("post_install", "-at_install")
class TestSettlementConcurrency(BaseCase):
    """Two accountants settle the same claim at the same moment: one gets it, the other is told."""

    def test_one_claim_settled_once(self):
        registry = Registry(get_db_name())
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            today = fields.Date.context_today(env.user)
            station = env["res.partner"].create({"name": "Race Station", "is_service_station": True})
            vehicle = env["aftersales.vehicle"].create(
                {"vin": "RCEADRJF7K1000001", "delivery_date": today - relativedelta(months=3)}
            )
            claim = env["aftersales.warranty.claim"].create(
                {
                    "partner_id": station.id,
                    "vehicle_id": vehicle.id,
                    "line_ids": [(0, 0, {"line_type": "labour", "name": "Race", "std_hours": 1, "rate": 120})],
                }
            )
            claim.action_submit()
            claim.action_assess()
            values = {"partner_id": station.id, "date_from": today.replace(day=1), "date_to": today}
            settlements = env["aftersales.warranty.settlement"].create([values, values])
            ids = (station.id, vehicle.id, claim.id, settlements.ids)
        station_id, vehicle_id, claim_id, (first_id, second_id) = ids
        try:
            with registry.cursor() as cr1, registry.cursor() as cr2:
                first = api.Environment(cr1, SUPERUSER_ID, {})["aftersales.warranty.settlement"].browse(first_id)
                second = api.Environment(cr2, SUPERUSER_ID, {})["aftersales.warranty.settlement"].browse(second_id)
                first.action_collect()  # holds the claim's row lock until cr1 commits
                with self.assertRaisesRegex(UserError, "right now"):
                    second.action_collect()
                cr2.rollback()
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                claim = env["aftersales.warranty.claim"].browse(claim_id)
                self.assertEqual(claim.settlement_id.id, first_id)
                second = env["aftersales.warranty.settlement"].browse(second_id)
                second.action_collect()
                self.assertFalse(second.claim_ids, "the claim is taken: the second settlement finds nothing")
        finally:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                env["aftersales.warranty.settlement"].browse([first_id, second_id]).unlink()
                env["aftersales.warranty.claim"].browse(claim_id).unlink()
                vehicle = env["aftersales.vehicle"].browse(vehicle_id)
                lot = vehicle.lot_id
                vehicle.unlink()
                lot.unlink()
                env["res.partner"].browse(station_id).unlink()
