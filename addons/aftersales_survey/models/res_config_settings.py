from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_callback_attempts = fields.Integer(related="company_id.aftersales_callback_attempts", readonly=False)
    aftersales_callback_retry_hours = fields.Float(related="company_id.aftersales_callback_retry_hours", readonly=False)
    aftersales_callback_rate_target = fields.Float(related="company_id.aftersales_callback_rate_target", readonly=False)
    aftersales_satisfaction_target = fields.Float(related="company_id.aftersales_satisfaction_target", readonly=False)
