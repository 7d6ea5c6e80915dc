from odoo import fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    ticket_ids = fields.One2many("helpdesk.ticket", "vehicle_id", string="Cases")
    ticket_count = fields.Integer(compute="_compute_ticket_count", string="Case Count")

    def _compute_ticket_count(self):
        counts = dict(
            self.env["helpdesk.ticket"]._read_group([("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"])
        )
        for vehicle in self:
            vehicle.ticket_count = counts.get(vehicle, 0)

    def action_view_tickets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("helpdesk_mgmt.helpdesk_ticket_action")
        action["domain"] = [("vehicle_id", "=", self.id)]
        action["context"] = {"default_vehicle_id": self.id, "default_partner_id": self.partner_id.id}
        return action
