from odoo import fields, models


class AftersalesCapaAction(models.Model):
    _name = "aftersales.capa.action"
    _description = "Corrective Action Step"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "date_due, id"

    capa_id = fields.Many2one("aftersales.capa", required=True, ondelete="cascade", index=True)
    name = fields.Char(string="Action", required=True)
    user_id = fields.Many2one("res.users", string="Responsible")
    date_due = fields.Date(string="Due Date")
    done = fields.Boolean()
