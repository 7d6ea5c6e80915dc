from odoo import fields, models
from odoo.tools import html2plaintext


class HelpdeskTicket(models.Model):
    """A case's repair jobs, and the job opened from the case."""

    _inherit = "helpdesk.ticket"

    repair_ids = fields.One2many("repair.order", "ticket_id", string="Repairs")
    repair_count = fields.Integer(compute="_compute_repair_count")

    def _compute_repair_count(self):
        counts = dict(self.env["repair.order"]._read_group([("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]))
        for ticket in self:
            ticket.repair_count = counts.get(ticket, 0)

    def action_view_repairs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("repair.action_repair_order_tree")
        action["domain"] = [("ticket_id", "=", self.id)]
        action["context"] = {
            "default_ticket_id": self.id,
            "default_vehicle_id": self.vehicle_id.id,
            "default_partner_id": self.partner_id.id,
        }
        return action

    def action_create_repair(self):
        """Turn the case into a repair job: vehicle, customer, complaint and odometer carried over."""
        self.ensure_one()
        repair = self.env["repair.order"].create(
            {
                "ticket_id": self.id,
                "vehicle_id": self.vehicle_id.id,
                "partner_id": self.partner_id.id,
                "customer_complaint": html2plaintext(self.description or ""),
                "odometer_in": self.odometer or self.vehicle_id.odometer,
                "company_id": self.company_id.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "repair.order",
            "res_id": repair.id,
            "view_mode": "form",
        }
