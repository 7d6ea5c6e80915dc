from odoo import fields
from odoo import models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_maintenance_reminder_days = fields.Integer(
        related="company_id.aftersales_maintenance_reminder_days", readonly=False
    )
    aftersales_phone_region = fields.Char(related="company_id.aftersales_phone_region", readonly=False)
    aftersales_complaint_reply_hours = fields.Float(
        related="company_id.aftersales_complaint_reply_hours", readonly=False
    )
    aftersales_warranty_team_id = fields.Many2one(related="company_id.aftersales_warranty_team_id", readonly=False)
    aftersales_escalation_user_id = fields.Many2one(related="company_id.aftersales_escalation_user_id", readonly=False)
