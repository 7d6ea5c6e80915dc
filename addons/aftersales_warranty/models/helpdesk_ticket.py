from odoo import fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    sanbao_entitlement = fields.Selection(related="vehicle_id.sanbao_entitlement")
    sanbao_reasons = fields.Text(related="vehicle_id.sanbao_reasons")

    def action_new_sanbao_request(self):
        """The customer asks for an exchange or a refund: a 三包 request for the case's vehicle."""
        self.ensure_one()
        return self.vehicle_id.with_context(default_ticket_id=self.id).action_new_sanbao_request()
