from odoo import fields, models


class AftersalesWarrantyExclusion(models.Model):
    """Why a failure is not covered (000#12): statutory reasons and the company's own."""

    _name = "aftersales.warranty.exclusion"
    _description = "Warranty Exclusion"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "kind desc, sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    kind = fields.Selection([("statutory", "Statutory"), ("company", "Company Rule")], required=True, default="company")
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [("code_uniq", "unique(code)", "Another exclusion has this code.")]
