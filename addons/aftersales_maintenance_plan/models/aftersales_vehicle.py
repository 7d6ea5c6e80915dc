from odoo import fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    maintenance_plan_ids = fields.One2many("fsm.recurring", "vehicle_id", string="Maintenance Plans")
    maintenance_plan_count = fields.Integer(compute="_compute_maintenance_plan_count")

    def _compute_maintenance_plan_count(self):
        counts = dict(
            self.env["fsm.recurring"]._read_group([("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"])
        )
        for vehicle in self:
            vehicle.maintenance_plan_count = counts.get(vehicle, 0)

    def action_aftersales_view_maintenance_plans(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "aftersales_maintenance_plan.aftersales_maintenance_plan_action"
        )
        action["domain"] = [("vehicle_id", "=", self.id)]
        action["context"] = {"default_vehicle_id": self.id}
        return action
