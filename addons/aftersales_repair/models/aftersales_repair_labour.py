from odoo import api, fields, models


class AftersalesRepairLabour(models.Model):
    """A labour line of a repair job: standard hours x the hourly rate of its labour class."""

    _name = "aftersales.repair.labour"
    _description = "Repair Labour Line"
    _inherit = ["aftersales.added.work.mixin", "aftersales.rpc.mixin"]
    _order = "repair_id, sequence, id"

    repair_id = fields.Many2one("repair.order", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    operation_id = fields.Many2one("aftersales.labour.operation")
    # Two computes: a description written by hand (RPC, imports, demo) still gets the operation's hours.
    code = fields.Char(compute="_compute_from_operation", store=True, readonly=False)
    name = fields.Char(string="Description", compute="_compute_description", store=True, readonly=False)
    labour_class_id = fields.Many2one(
        "aftersales.labour.class", compute="_compute_from_operation", store=True, readonly=False
    )
    std_hours = fields.Float(string="Hours", compute="_compute_from_operation", store=True, readonly=False)
    rate = fields.Monetary(compute="_compute_rate", store=True, readonly=False, currency_field="currency_id")
    amount = fields.Monetary(compute="_compute_amount", store=True, currency_field="currency_id")
    currency_id = fields.Many2one(related="repair_id.company_id.currency_id")
    technician_id = fields.Many2one("res.users", index="btree_not_null")
    # Hours sold per technician and month (002, 000#6) group in PostgreSQL on these stored copies.
    done_date = fields.Date(related="repair_id.aftersales_done_date", store=True, string="Finished On")
    station_id = fields.Many2one(related="repair_id.station_id", store=True, index="btree_not_null")
    sale_line_id = fields.Many2one("sale.order.line", copy=False, index="btree_not_null")

    _sql_constraints = [
        ("std_hours_positive", "CHECK(std_hours >= 0)", "Labour hours cannot be negative."),
        ("rate_positive", "CHECK(rate >= 0)", "A labour rate cannot be negative."),
    ]

    @api.depends("operation_id")
    def _compute_description(self):
        for line in self.filtered("operation_id"):
            line.name = line.operation_id.name

    @api.depends("operation_id", "repair_id.vehicle_id.product_id", "repair_id.company_id")
    def _compute_from_operation(self):
        lines = self.filtered("operation_id")
        # The catalogue is shared; the rate is the job's company's, from its class of the same code.
        classes = {
            (labour_class.company_id.id, labour_class.code): labour_class
            for labour_class in self.env["aftersales.labour.class"].search(
                [
                    ("company_id", "in", lines.repair_id.company_id.ids),
                    ("code", "in", lines.operation_id.labour_class_id.mapped("code")),
                ]
            )
        }
        for line in lines:
            operation = line.operation_id
            line.code = operation.code
            line.labour_class_id = classes.get(
                (line.repair_id.company_id.id, operation.labour_class_id.code), operation.labour_class_id
            )
            line.std_hours = operation._std_hours_for(line.repair_id.vehicle_id.product_id)

    @api.depends("labour_class_id")
    def _compute_rate(self):
        for line in self:
            line.rate = line.labour_class_id.rate

    @api.depends("std_hours", "rate")
    def _compute_amount(self):
        for line in self:
            line.amount = line.std_hours * line.rate

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._sync_sale_lines()
        return lines

    def write(self, vals):
        result = super().write(vals)
        if {"pay_type", "std_hours", "rate", "name"} & set(vals):
            self._sync_sale_lines()
        return result

    def _sync_sale_lines(self):
        """Only customer-paid labour goes on the customer's quotation and invoice."""
        product = self.env.ref("aftersales_repair.product_labour", raise_if_not_found=False)
        to_create = []
        for line in self.filtered(lambda labour: labour.repair_id.sale_order_id):
            quantity = line.std_hours if line.pay_type == "customer" else 0.0
            if line.sale_line_id:
                line.sale_line_id.write({"product_uom_qty": quantity, "price_unit": line.rate, "name": line.name})
            elif quantity and product:
                to_create.append(
                    (
                        line,
                        {
                            "order_id": line.repair_id.sale_order_id.id,
                            "product_id": product.id,
                            "name": line.name,
                            "product_uom_qty": quantity,
                            "price_unit": line.rate,
                        },
                    )
                )
        sale_lines = self.env["sale.order.line"].create([vals for _line, vals in to_create])
        for (line, _vals), sale_line in zip(to_create, sale_lines, strict=True):
            line.sale_line_id = sale_line
