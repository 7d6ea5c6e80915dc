from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_urgent_part_hours = fields.Float(related="company_id.aftersales_urgent_part_hours", readonly=False)
    aftersales_purchase_user_id = fields.Many2one(related="company_id.aftersales_purchase_user_id", readonly=False)
    aftersales_shipment_accuracy_target = fields.Float(
        related="company_id.aftersales_shipment_accuracy_target", readonly=False
    )
