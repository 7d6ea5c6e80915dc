from odoo import fields, models


class AftersalesLabourClass(models.Model):
    """Labour classes and their hourly rate (000#18: mechanical/electrical 120, body/paint 100 yuan an hour)."""

    _name = "aftersales.labour.class"
    _description = "Labour Class"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    rate = fields.Monetary(string="Hourly Rate", required=True, currency_field="currency_id")
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    currency_id = fields.Many2one(related="company_id.currency_id")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("code_company_uniq", "unique(code, company_id)", "Another labour class has this code."),
        ("rate_positive", "CHECK(rate >= 0)", "An hourly rate cannot be negative."),
    ]
