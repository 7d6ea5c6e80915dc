from odoo import fields, models


class AftersalesStationService(models.Model):
    _name = "aftersales.station.service"
    _description = "Authorised Station Service"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)

    _sql_constraints = [("code_uniq", "unique(code)", "Another authorised service already has this code.")]
