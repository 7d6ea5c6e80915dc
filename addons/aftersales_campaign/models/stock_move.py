from odoo import fields, models


class StockMove(models.Model):
    _inherit = "stock.move"

    campaign_id = fields.Many2one(
        "aftersales.campaign",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="A campaign kit part: claimed from the maker by the campaign's monthly batch, not by the job's claim.",
    )
