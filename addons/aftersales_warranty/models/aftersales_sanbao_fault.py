from odoo import fields, models


class AftersalesSanbaoFault(models.Model):
    """Serious safety faults (steering or brake failure, body cracking, fuel leak, battery fire, ...)."""

    _name = "aftersales.sanbao.fault"
    _description = "三包 Serious Safety Fault"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)

    _sql_constraints = [("code_uniq", "unique(code)", "Another fault has this code.")]
