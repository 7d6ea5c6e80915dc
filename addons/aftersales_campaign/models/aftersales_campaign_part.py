from odoo import api, fields, models


class AftersalesCampaignPart(models.Model):
    """One part of the campaign's kit: fitted to every vehicle the campaign fixes."""

    _name = "aftersales.campaign.part"
    _description = "Campaign Part"
    _inherit = ["aftersales.rpc.mixin"]

    campaign_id = fields.Many2one("aftersales.campaign", required=True, ondelete="cascade", index=True)
    product_id = fields.Many2one("product.product", string="Part", required=True, domain=[("type", "=", "consu")])
    quantity = fields.Float(default=1.0, required=True, digits="Product Unit of Measure")
    claim_price = fields.Monetary(
        compute="_compute_claim_price",
        store=True,
        readonly=False,
        currency_field="currency_id",
        help="What the maker pays for one part; the part's cost unless agreed otherwise.",
    )
    company_id = fields.Many2one(related="campaign_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity > 0)", "A kit part needs a quantity above zero."),
        ("claim_price_positive", "CHECK(claim_price >= 0)", "A claim price cannot be negative."),
    ]

    @api.depends("product_id")
    def _compute_claim_price(self):
        for part in self:
            part.claim_price = part.product_id.standard_price
