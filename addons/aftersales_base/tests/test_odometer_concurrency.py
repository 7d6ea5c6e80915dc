from datetime import date

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.modules.registry import Registry
from odoo.tests import BaseCase, get_db_name, tagged


@tagged("post_install", "-at_install")
class TestOdometerConcurrency(BaseCase):
    """Two people record readings of one vehicle at once: one is recorded, the other is told to retry,
    so the two cannot both pass the "never lower than before" check."""

    def test_one_reading_at_a_time(self):
        registry = Registry(get_db_name())
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            vehicle = env["aftersales.vehicle"].create({"vin": "DMTADRJF7K1000001", "delivery_date": date(2026, 1, 1)})
            vehicle_id, lot_id = vehicle.id, vehicle.lot_id.id
        try:
            with registry.cursor() as cr1, registry.cursor() as cr2:
                Reading1 = api.Environment(cr1, SUPERUSER_ID, {})["aftersales.odometer.reading"]
                Reading2 = api.Environment(cr2, SUPERUSER_ID, {})["aftersales.odometer.reading"]
                Reading1.create({"vehicle_id": vehicle_id, "value": 12000, "date": "2026-03-01"})
                with self.assertRaisesRegex(UserError, "right now"):
                    Reading2.create({"vehicle_id": vehicle_id, "value": 9000, "date": "2026-03-02"})
                cr2.rollback()
            with registry.cursor() as cr:
                vehicle = api.Environment(cr, SUPERUSER_ID, {})["aftersales.vehicle"].browse(vehicle_id)
                self.assertEqual(vehicle.odometer_reading_ids.mapped("value"), [12000])
        finally:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                env["aftersales.vehicle"].browse(vehicle_id).unlink()
                env["stock.lot"].browse(lot_id).unlink()
