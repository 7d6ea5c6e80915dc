from odoo import fields, models


class AftersalesCampaignPart(models.Model):
    """One part of the campaign's kit: fitted to every vehicle the campaign fixes."""

    _name = "aftersales.campaign.part"
    _description = "Campaign Part"
    _inherit = ["aftersales.rpc.mixin"]

    campaign_id = fields.Many2one("aftersales.campaign", required=True, ondelete="cascade", index=True)
    product_id = fields.Many2one("product.product", string="Part", required=True, domain=[("type", "=", "consu")])
    quantity = fields.Float(default=1.0, required=True, digits="Product Unit of Measure")
    company_id = fields.Many2one(related="campaign_id.company_id", store=True)

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity > 0)", "A kit part needs a quantity above zero."),
    ]
