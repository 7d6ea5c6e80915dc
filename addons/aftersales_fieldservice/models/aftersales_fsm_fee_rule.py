from odoo import api, fields, models

from .aftersales_fsm_sla_rule import FSM_ZONES

FEE_KINDS = [("travel", "Travel Fee"), ("on_site", "On-Site Fee"), ("hourly", "Hourly Rate")]


class AftersalesFsmFeeRule(models.Model):
    """One line of the published fee schedule (收费标准公示): what a visit costs the customer."""

    _name = "aftersales.fsm.fee.rule"
    _description = "Field Service Fee Rule"
    _order = "company_id, zone, sequence, id"

    sequence = fields.Integer(default=10)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    name = fields.Char(required=True)
    kind = fields.Selection(FEE_KINDS, required=True, default="travel")
    zone = fields.Selection(FSM_ZONES, help="Leave empty for a fee charged in every zone.")
    amount = fields.Monetary(required=True, help="Per visit; per hour on site for an hourly rate.")
    active = fields.Boolean(default=True)

    _sql_constraints = [("amount_positive", "CHECK(amount >= 0)", "A fee cannot be negative.")]

    @api.model
    def _published_rules(self, company):
        """The company's active fees, for the public schedule: published on purpose, so read as superuser."""
        return self.sudo().search([("company_id", "=", company.id)])
