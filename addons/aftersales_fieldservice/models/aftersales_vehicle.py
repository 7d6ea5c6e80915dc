from odoo import fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    fsm_order_ids = fields.One2many("fsm.order", "vehicle_id", string="Dispatch Orders")
    fsm_order_count = fields.Integer(compute="_compute_fsm_order_count", string="Dispatch Order Count")

    def _compute_fsm_order_count(self):
        counts = dict(self.env["fsm.order"]._read_group([("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"]))
        for vehicle in self:
            vehicle.fsm_order_count = counts.get(vehicle, 0)

    def action_aftersales_view_fsm_orders(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id("aftersales_fieldservice.aftersales_fsm_order_action")
        action["domain"] = [("vehicle_id", "=", self.id)]
        action["context"] = {"default_vehicle_id": self.id}
        return action
