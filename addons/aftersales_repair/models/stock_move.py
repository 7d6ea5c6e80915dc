from odoo import api, fields, models


def _customer_paid(moves):
    return moves.filtered(lambda m: (m.pay_type or "customer") == "customer")


class StockMove(models.Model):
    """Part lines of repair jobs carry a pay type and the added-work authorisation."""

    _name = "stock.move"
    _inherit = ["stock.move", "aftersales.added.work.mixin"]

    aftersales_currency_id = fields.Many2one(related="company_id.currency_id", string="Job Currency")
    aftersales_amount = fields.Monetary(
        compute="_compute_aftersales_amount",
        currency_field="aftersales_currency_id",
        string="Part Amount",
        help="What the part costs on its repair job: quantity x sales price. The job's totals add these up.",
    )
    aftersales_old_part_return_id = fields.Many2one(
        "aftersales.old.part.return", string="Old-Part Return", index="btree_not_null", copy=False, readonly=True
    )
    aftersales_old_part_repair_id = fields.Many2one(
        related="aftersales_old_part_return_id.repair_id",
        string="Old Part Of",
        store=True,
        index="btree_not_null",
        help="旧件返厂: the repair job whose replaced part this receipt brings back.",
    )
    aftersales_old_part_due_date = fields.Date(
        related="aftersales_old_part_return_id.due_date",
        string="Old Part Due",
        help="The old part must be back by this date.",
    )

    @api.depends("product_uom_qty", "product_id.lst_price")
    def _compute_aftersales_amount(self):
        for move in self:
            move.aftersales_amount = move.product_uom_qty * move.product_id.lst_price

    def _create_repair_sale_order_line(self):
        """Only customer-paid parts go on the customer's quotation and invoice."""
        return super(StockMove, _customer_paid(self))._create_repair_sale_order_line()

    def _update_repair_sale_order_line(self):
        paid = _customer_paid(self)
        (self - paid)._clean_repair_sale_order_line()
        return super(StockMove, paid)._update_repair_sale_order_line()

    def write(self, vals):
        result = super().write(vals)
        if "pay_type" in vals:
            repair_moves = self.filtered("repair_id")
            paid = _customer_paid(repair_moves)
            (repair_moves - paid)._clean_repair_sale_order_line()
            paid.filtered("sale_line_id")._update_repair_sale_order_line()
            (paid - paid.filtered("sale_line_id"))._create_repair_sale_order_line()
        return result
