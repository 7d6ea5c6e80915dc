from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_claim_duplicate_days = fields.Integer(
        string="Duplicate Claim Window (days)",
        default=30,
        help="Claims for the same vehicle and part whose failures are this close are flagged as duplicates.",
    )
    aftersales_inwarranty_timely_target = fields.Float(
        string="In-Warranty Service Timeliness Target (%)",
        default=98.0,
        help="保修内服务及时率 (001): in-warranty cases meeting their SLA of all in-warranty cases.",
    )
    aftersales_manufacturer_id = fields.Many2one(
        "res.partner", string="Manufacturer", help="The maker we claim warranty costs from."
    )
    aftersales_settlement_purchase_journal_id = fields.Many2one(
        "account.journal",
        string="Station Settlement Journal",
        domain="[('type', '=', 'purchase')]",
        help="Vendor bills paying stations for their claims. Empty: the first purchase journal.",
    )
    aftersales_settlement_sale_journal_id = fields.Many2one(
        "account.journal",
        string="Manufacturer Settlement Journal",
        domain="[('type', '=', 'sale')]",
        help="Invoices claiming from the maker. Empty: the first sales journal.",
    )
    aftersales_claim_labour_product_id = fields.Many2one("product.product", string="Settlement Product: Labour")
    aftersales_claim_part_product_id = fields.Many2one("product.product", string="Settlement Product: Parts")
    aftersales_claim_other_product_id = fields.Many2one(
        "product.product", string="Settlement Product: Travel and Other"
    )
    aftersales_claim_deduction_product_id = fields.Many2one("product.product", string="Settlement Product: Deductions")

    @api.model
    def _aftersales_default_rule_models(self):
        return [*super()._aftersales_default_rule_models(), "aftersales.warranty.policy", "aftersales.sanbao.rule"]
