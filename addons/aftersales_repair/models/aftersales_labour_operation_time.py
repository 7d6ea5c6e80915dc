from odoo import fields, models


class AftersalesLabourOperationTime(models.Model):
    _name = "aftersales.labour.operation.time"
    _description = "Standard Hours per Vehicle Model"
    _inherit = ["aftersales.rpc.mixin"]

    operation_id = fields.Many2one("aftersales.labour.operation", required=True, ondelete="cascade", index=True)
    product_id = fields.Many2one(
        "product.product", string="Vehicle Model", required=True, domain="[('aftersales_is_vehicle', '=', True)]"
    )
    std_hours = fields.Float(string="Standard Hours", required=True)

    _sql_constraints = [
        ("operation_model_uniq", "unique(operation_id, product_id)", "This model already has its hours."),
        ("std_hours_positive", "CHECK(std_hours >= 0)", "Standard hours cannot be negative."),
    ]
