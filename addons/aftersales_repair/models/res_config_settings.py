from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_old_part_threshold = fields.Monetary(
        related="company_id.aftersales_old_part_threshold", readonly=False, currency_field="currency_id"
    )
    aftersales_old_part_days = fields.Integer(related="company_id.aftersales_old_part_days", readonly=False)
    aftersales_old_part_location_id = fields.Many2one(
        related="company_id.aftersales_old_part_location_id", readonly=False
    )
    aftersales_budget_limit = fields.Monetary(
        related="company_id.aftersales_budget_limit", readonly=False, currency_field="currency_id"
    )
    aftersales_reception_signature_required = fields.Boolean(
        related="company_id.aftersales_reception_signature_required", readonly=False
    )
    aftersales_first_time_fix_target = fields.Float(
        related="company_id.aftersales_first_time_fix_target", readonly=False
    )
