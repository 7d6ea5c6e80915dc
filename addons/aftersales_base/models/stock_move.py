from odoo import models


def _customer_paid(moves):
    return moves.filtered(lambda m: (m.pay_type or "customer") == "customer")


class StockMove(models.Model):
    """Part lines of repair jobs carry a pay type and the added-work authorisation."""

    _name = "stock.move"
    _inherit = ["stock.move", "aftersales.added.work.mixin"]

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
