from odoo import api, fields, models


class RepairOrder(models.Model):
    """Who pays what on a repair job: totals per pay type, and customer-only lines on the quotation."""

    _inherit = "repair.order"

    amount_customer = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    amount_warranty = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    amount_goodwill = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    amount_internal = fields.Monetary(compute="_compute_pay_type_amounts", currency_field="aftersales_currency_id")
    aftersales_currency_id = fields.Many2one(related="company_id.currency_id")
    # 产值 (output) as it stood when the job finished: stored, so that station performance groups and sums it
    # in PostgreSQL by station and month; a later price change does not rewrite last year's output.
    output_labour = fields.Monetary(
        string="Output: Labour", readonly=True, copy=False, currency_field="aftersales_currency_id"
    )
    output_parts = fields.Monetary(
        string="Output: Parts", readonly=True, copy=False, currency_field="aftersales_currency_id"
    )
    output_customer = fields.Monetary(
        string="Output: Customer-Paid", readonly=True, copy=False, currency_field="aftersales_currency_id"
    )
    output_warranty = fields.Monetary(
        string="Output: Warranty", readonly=True, copy=False, currency_field="aftersales_currency_id"
    )
    output_goodwill = fields.Monetary(
        string="Output: Goodwill", readonly=True, copy=False, currency_field="aftersales_currency_id"
    )
    output_internal = fields.Monetary(
        string="Output: Internal", readonly=True, copy=False, currency_field="aftersales_currency_id"
    )
    output_total = fields.Monetary(
        string="Output",
        readonly=True,
        copy=False,
        currency_field="aftersales_currency_id",
        help="产值: labour and parts.",
    )
    output_average = fields.Monetary(
        related="output_total",
        store=True,
        aggregator="avg",
        string="Average Job Value",
        currency_field="aftersales_currency_id",
    )

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
            for move in repair._aftersales_added_parts():
                totals[move.pay_type or "customer"] += move.aftersales_amount
            repair.amount_customer = totals["customer"]
            repair.amount_warranty = totals["warranty"]
            repair.amount_goodwill = totals["goodwill"]
            repair.amount_internal = totals["internal"]

    def _aftersales_added_parts(self):
        """The parts the job fits (not those it removes): what its amounts and output count."""
        return self.move_ids.filtered(lambda m: m.repair_line_type == "add")

    def _record_output(self):
        """Store the job's output by payer and by kind when it finishes."""
        for repair in self:
            labour = sum(repair.labour_ids.mapped("amount"))
            parts = sum(repair._aftersales_added_parts().mapped("aftersales_amount"))
            repair.write(
                {
                    "output_labour": labour,
                    "output_parts": parts,
                    "output_customer": repair.amount_customer,
                    "output_warranty": repair.amount_warranty,
                    "output_goodwill": repair.amount_goodwill,
                    "output_internal": repair.amount_internal,
                    "output_total": labour + parts,
                }
            )

    def action_create_sale_order(self):
        action = super().action_create_sale_order()
        self.labour_ids._sync_sale_lines()
        return action
