from odoo import fields, models


class StockLot(models.Model):
    _inherit = "stock.lot"

    aftersales_vehicle_ids = fields.One2many("aftersales.vehicle", "lot_id", string="Vehicles")

    def action_aftersales_vehicle(self):
        """Open the vehicle of this serial, creating it (VIN = serial) when there is none yet."""
        self.ensure_one()
        vehicle = self.aftersales_vehicle_ids[:1] or self.env["aftersales.vehicle"].create(
            {"lot_id": self.id, "company_id": (self.company_id or self.env.company).id}
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.vehicle",
            "res_id": vehicle.id,
            "view_mode": "form",
        }
