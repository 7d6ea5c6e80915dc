from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_csi_threshold = fields.Float(related="company_id.aftersales_csi_threshold", readonly=False)
    aftersales_complaint_penalty_points = fields.Float(
        related="company_id.aftersales_complaint_penalty_points", readonly=False
    )
