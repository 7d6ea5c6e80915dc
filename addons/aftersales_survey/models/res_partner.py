from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    aftersales_key_customer = fields.Boolean(
        string="Key Customer", help="大客户: called back periodically (at least twice a year by default)."
    )
