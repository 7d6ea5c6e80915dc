from odoo import api, fields, models


class RepairOrder(models.Model):
    """Who pays what on a repair job: totals per pay type, and customer-only lines on the quotation."""

    _inherit = "repair.order"

    amount_customer = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    amount_warranty = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    amount_goodwill = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    amount_internal = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    aftersales_currency_id = fields.Many2one(related="company_id.currency_id")

    @api.depends(
        "labour_ids.amount",
        "labour_ids.pay_type",
        "move_ids.pay_type",
        "move_ids.aftersales_amount",
        "move_ids.repair_line_type",
    )
    def _compute_pay_type_amounts(self):
        for repair in self:
            totals = dict.fromkeys(("customer", "warranty", "goodwill", "internal"), 0.0)
            for line in repair.labour_ids:
                totals[line.pay_type or "customer"] += line.amount
            for move in repair.move_ids.filtered(lambda m: m.repair_line_type == "add"):
                totals[move.pay_type or "customer"] += move.aftersales_amount
            repair.amount_customer = totals["customer"]
            repair.amount_warranty = totals["warranty"]
            repair.amount_goodwill = totals["goodwill"]
            repair.amount_internal = totals["internal"]

    def action_create_sale_order(self):
        action = super().action_create_sale_order()
        self.labour_ids._sync_sale_lines()
        return action
