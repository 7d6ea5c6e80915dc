from odoo import fields, models


class AftersalesSanbaoPartGroup(models.Model):
    """Main part groups the 三包 regulation names (engine, gearbox, traction battery, drive motor, ...)."""

    _name = "aftersales.sanbao.part.group"
    _description = "三包 Main Part Group"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)

    _sql_constraints = [("code_uniq", "unique(code)", "Another part group has this code.")]
