from odoo import api, fields, models

from .aftersales_fsm_fee_rule import FEE_KINDS


class AftersalesFsmFeeLine(models.Model):
    """A fee charged on a dispatch order, usually taken from the fee schedule."""

    _name = "aftersales.fsm.fee.line"
    _description = "Dispatch Order Fee"
    _order = "order_id, sequence, id"

    sequence = fields.Integer(default=10)
    order_id = fields.Many2one("fsm.order", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="order_id.company_id", store=True)
    currency_id = fields.Many2one(related="order_id.aftersales_currency_id")
    rule_id = fields.Many2one("aftersales.fsm.fee.rule", string="Fee Rule", ondelete="set null")
    name = fields.Char(string="Description", required=True)
    kind = fields.Selection(FEE_KINDS)
    quantity = fields.Float(default=1.0, digits=(16, 2))
    unit_amount = fields.Monetary(string="Unit Price")
    amount = fields.Monetary(compute="_compute_amount", store=True)

    @api.depends("quantity", "unit_amount")
    def _compute_amount(self):
        for line in self:
            line.amount = line.quantity * line.unit_amount
