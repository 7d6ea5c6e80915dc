from odoo import api, fields, models


class AftersalesLabourOperation(models.Model):
    """Labour catalogue: standard operations with standard hours, per vehicle model where they differ."""

    _name = "aftersales.labour.operation"
    _description = "Labour Operation"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "code"
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True, index=True)
    name = fields.Char(required=True, translate=True)
    labour_class_id = fields.Many2one("aftersales.labour.class", required=True)
    std_hours = fields.Float(string="Standard Hours", required=True, default=1.0)
    time_ids = fields.One2many("aftersales.labour.operation.time", "operation_id", string="Hours per Model")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_uniq", "unique(code)", "Another labour operation has this code."),
        ("std_hours_positive", "CHECK(std_hours >= 0)", "Standard hours cannot be negative."),
    ]

    @api.depends("code", "name")
    def _compute_display_name(self):
        for operation in self:
            operation.display_name = f"[{operation.code}] {operation.name}"

    def _std_hours_for(self, model):
        """Standard hours of this operation on a vehicle model (the model's own time when it has one)."""
        self.ensure_one()
        specific = self.time_ids.filtered(lambda t: t.product_id == model)[:1]
        return specific.std_hours if specific else self.std_hours
