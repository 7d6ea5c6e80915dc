from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_complaint_reply_hours = fields.Float(
        related="company_id.aftersales_complaint_reply_hours", readonly=False
    )
    aftersales_warranty_team_id = fields.Many2one(related="company_id.aftersales_warranty_team_id", readonly=False)
    aftersales_complaint_close_days = fields.Integer(
        related="company_id.aftersales_complaint_close_days", readonly=False
    )
    aftersales_complaint_close_target = fields.Float(
        related="company_id.aftersales_complaint_close_target", readonly=False
    )
    aftersales_consultation_minutes_target = fields.Float(
        related="company_id.aftersales_consultation_minutes_target", readonly=False
    )
    aftersales_capa_effectiveness_target = fields.Float(
        related="company_id.aftersales_capa_effectiveness_target", readonly=False
    )
    aftersales_escalation_user_id = fields.Many2one(related="company_id.aftersales_escalation_user_id", readonly=False)
