from odoo import api, fields, models


class AftersalesWarrantyClaim(models.Model):
    """A claim for a job whose cost was approved beforehand (表5) refers to that budget and says so when
    it asks for more than was approved: the assessor decides knowing it."""

    _inherit = "aftersales.warranty.claim"

    budget_id = fields.Many2one(
        "aftersales.service.budget",
        compute="_compute_budget",
        string="Cost Budget",
        help="The approved cost budget of the claim's repair job, if it needed one.",
    )
    budget_amount = fields.Monetary(
        compute="_compute_budget", string="Budget Approved For", currency_field="currency_id"
    )
    over_budget = fields.Boolean(
        compute="_compute_budget", help="The claim asks for more than the job's approved cost budget."
    )

    @api.depends("repair_id.budget_ids.approval_state", "repair_id.budget_ids.amount_total", "amount_claimed")
    def _compute_budget(self):
        for claim in self:
            approved = claim.repair_id.budget_ids.filtered(lambda b: b.approval_state == "approved")
            claim.budget_id = approved.sorted("id")[-1:]
            claim.budget_amount = claim.budget_id.amount_total
            claim.over_budget = bool(claim.budget_id) and claim.amount_claimed > claim.budget_id.amount_total + 0.005
