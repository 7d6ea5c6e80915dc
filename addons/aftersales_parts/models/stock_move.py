from odoo import fields, models


class StockMove(models.Model):
    _inherit = "stock.move"

    aftersales_part_request_line_id = fields.Many2one(
        "aftersales.part.request.line", string="Part Request Line", index="btree_not_null", copy=False
    )
