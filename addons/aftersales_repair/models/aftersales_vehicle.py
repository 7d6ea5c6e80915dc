from odoo import fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    repair_ids = fields.One2many("repair.order", "vehicle_id", string="Repairs")
    repair_count = fields.Integer(compute="_compute_repair_count")

    def _compute_repair_count(self):
        counts = dict(
            self.env["repair.order"]._read_group([("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"])
        )
        for vehicle in self:
            vehicle.repair_count = counts.get(vehicle, 0)

    def action_view_repairs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("repair.action_repair_order_tree")
        action["domain"] = [("vehicle_id", "=", self.id)]
        action["context"] = {"default_vehicle_id": self.id, "default_partner_id": self.partner_id.id}
        return action
