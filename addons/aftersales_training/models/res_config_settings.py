from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_training_target = fields.Float(related="company_id.aftersales_training_target", readonly=False)
    aftersales_training_free_operators = fields.Integer(
        related="company_id.aftersales_training_free_operators", readonly=False
    )
    aftersales_training_months = fields.Char(related="company_id.aftersales_training_months", readonly=False)
