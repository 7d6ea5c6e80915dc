from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_maintenance_reminder_days = fields.Integer(
        related="company_id.aftersales_maintenance_reminder_days", readonly=False
    )
    aftersales_phone_region = fields.Char(related="company_id.aftersales_phone_region", readonly=False)
