from odoo import api, fields, models


class AftersalesExitPassLine(models.Model):
    _name = "aftersales.exit.pass.line"
    _description = "Exit Pass Line"
    _inherit = ["aftersales.approval.line.mixin", "aftersales.rpc.mixin"]
    _approval_parent_field = "exit_pass_id"
    _approval_line_fields = ("product_id", "quantity", "unit_value")

    exit_pass_id = fields.Many2one("aftersales.exit.pass", required=True, ondelete="cascade", index=True)
    product_id = fields.Many2one("product.product", string="Part", required=True)
    quantity = fields.Float(required=True, default=1.0, digits="Product Unit of Measure")
    unit_value = fields.Monetary(
        compute="_compute_unit_value", store=True, readonly=False, currency_field="currency_id"
    )
    subtotal = fields.Monetary(compute="_compute_subtotal", store=True, currency_field="currency_id")
    currency_id = fields.Many2one(related="exit_pass_id.currency_id")

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity > 0)", "A quantity must be positive."),
        ("unit_value_positive", "CHECK(unit_value >= 0)", "A value cannot be negative."),
    ]

    @api.depends("product_id")
    def _compute_unit_value(self):
        for line in self:
            line.unit_value = line.product_id.standard_price

    @api.depends("quantity", "unit_value")
    def _compute_subtotal(self):
        for line in self:
            line.subtotal = line.quantity * line.unit_value
