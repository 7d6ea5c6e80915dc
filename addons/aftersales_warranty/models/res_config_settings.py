from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    aftersales_claim_duplicate_days = fields.Integer(
        related="company_id.aftersales_claim_duplicate_days", readonly=False
    )
    aftersales_inwarranty_timely_target = fields.Float(
        related="company_id.aftersales_inwarranty_timely_target", readonly=False
    )
    aftersales_manufacturer_id = fields.Many2one(related="company_id.aftersales_manufacturer_id", readonly=False)
    aftersales_settlement_purchase_journal_id = fields.Many2one(
        related="company_id.aftersales_settlement_purchase_journal_id", readonly=False
    )
    aftersales_settlement_sale_journal_id = fields.Many2one(
        related="company_id.aftersales_settlement_sale_journal_id", readonly=False
    )
    aftersales_claim_labour_product_id = fields.Many2one(
        related="company_id.aftersales_claim_labour_product_id", readonly=False
    )
    aftersales_claim_part_product_id = fields.Many2one(
        related="company_id.aftersales_claim_part_product_id", readonly=False
    )
    aftersales_claim_other_product_id = fields.Many2one(
        related="company_id.aftersales_claim_other_product_id", readonly=False
    )
    aftersales_claim_deduction_product_id = fields.Many2one(
        related="company_id.aftersales_claim_deduction_product_id", readonly=False
    )
