from odoo import fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    campaign_warning = fields.Char(related="vehicle_id.campaign_warning")
