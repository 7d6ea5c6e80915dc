from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AftersalesApprovalRule(models.Model):
    """Who must approve which documents, by amount band; several matching rules form a chain."""

    _name = "aftersales.approval.rule"
    _description = "Approval Rule"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "company_id, document_type, sequence, min_amount"

    name = fields.Char(required=True, translate=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    document_type = fields.Selection([], required=True, index=True)
    min_amount = fields.Monetary(
        currency_field="currency_id", help="The rule applies to amounts above this (a rule from 0 includes 0)."
    )
    max_amount = fields.Monetary(
        currency_field="currency_id", help="...and up to this amount included; 0 = no upper limit."
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    sequence = fields.Integer(default=10, help="Order of the steps when several rules apply.")
    group_id = fields.Many2one("res.groups", string="Approver Group")
    user_ids = fields.Many2many("res.users", string="Approvers")
    active = fields.Boolean(default=True)

    @api.constrains("min_amount", "max_amount", "group_id", "user_ids")
    def _check_rule(self):
        for rule in self:
            if rule.min_amount < 0 or rule.max_amount < 0:
                raise ValidationError(self.env._("Approval amounts cannot be negative (%(rule)s).", rule=rule.name))
            if rule.max_amount and rule.max_amount <= rule.min_amount:
                raise ValidationError(
                    self.env._("%(rule)s: the upper amount must be above the lower amount.", rule=rule.name)
                )
            if not rule.group_id and not rule.user_ids:
                raise ValidationError(self.env._("%(rule)s needs an approver group or approvers.", rule=rule.name))
