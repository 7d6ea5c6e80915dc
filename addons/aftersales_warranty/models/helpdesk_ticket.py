from odoo import fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    sanbao_entitlement = fields.Selection(related="vehicle_id.sanbao_entitlement")
    sanbao_reasons = fields.Text(related="vehicle_id.sanbao_reasons")
