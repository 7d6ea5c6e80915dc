from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_sms_provider = fields.Selection(related="company_id.aftersales_sms_provider", readonly=False)
    aftersales_notice_delivery = fields.Boolean(related="company_id.aftersales_notice_delivery", readonly=False)
    aftersales_notice_maintenance = fields.Boolean(related="company_id.aftersales_notice_maintenance", readonly=False)
