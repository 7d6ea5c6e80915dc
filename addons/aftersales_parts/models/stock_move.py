from odoo import fields, models


class StockMove(models.Model):
    _inherit = "stock.move"

    aftersales_part_request_line_id = fields.Many2one(
        "aftersales.part.request.line", string="Part Request Line", index="btree_not_null", copy=False
    )
    aftersales_old_part_repair_id = fields.Many2one(
        "repair.order",
        string="Old Part Of",
        index="btree_not_null",
        copy=False,
        readonly=True,
        help="旧件返厂: the repair job whose replaced part this receipt brings back. One old part is asked "
        "back once, whether a part request, a warranty claim or both ask for it.",
    )
    aftersales_old_part_due_date = fields.Date(
        string="Old Part Due", copy=False, readonly=True, help="The old part must be back by this date."
    )
