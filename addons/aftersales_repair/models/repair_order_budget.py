from odoo import api, fields, models
from odoo.exceptions import UserError


class RepairOrder(models.Model):
    """A 三包 repair above the company's limit waits for its approved cost budget (001 W7, 表5)."""

    _inherit = "repair.order"

    budget_ids = fields.One2many("aftersales.service.budget", "repair_id", string="Cost Budgets")
    budget_count = fields.Integer(compute="_compute_budget")
    amount_maker = fields.Monetary(
        compute="_compute_budget",
        currency_field="aftersales_currency_id",
        string="Paid by the Maker",
        help="Warranty and goodwill lines of the job: what a cost budget must cover.",
    )
    budget_required = fields.Boolean(
        compute="_compute_budget", help="The maker pays more than the company's limit: an approved budget is needed."
    )
    budget_approved = fields.Boolean(
        compute="_compute_budget", help="An approved budget covers what the maker pays on the job."
    )

    @api.depends("amount_warranty", "amount_goodwill", "budget_ids.approval_state", "budget_ids.amount_total")
    def _compute_budget(self):
        for repair in self:
            repair.budget_count = len(repair.budget_ids)
            repair.amount_maker = repair.amount_warranty + repair.amount_goodwill
            repair.budget_required = repair.amount_maker > repair.company_id.aftersales_budget_limit
            repair.budget_approved = any(
                budget.approval_state == "approved" and budget.amount_total >= repair.amount_maker - 0.005
                for budget in repair.budget_ids
            )

    def action_validate(self):
        """Confirming the job starts the 三包 work: above the limit, its cost must be approved first."""
        missing = self.filtered(lambda r: r.budget_required and not r.budget_approved)
        if missing:
            raise UserError(
                self.env._(
                    "%(jobs)s: the maker pays %(amount)s, above the limit of %(limit)s; the cost budget (表5) "
                    "must be approved before the job is confirmed.",
                    jobs=", ".join(missing.mapped("name")),
                    amount=missing[0].amount_maker,
                    limit=missing[0].company_id.aftersales_budget_limit,
                )
            )
        return super().action_validate()

    def action_create_budget(self):
        """Open the job's budget awaiting a decision, or a new one estimated from the job."""
        self.ensure_one()
        budget = self.budget_ids.filtered(lambda b: b.approval_state in ("draft", "to_approve", "rejected"))[:1]
        if not budget:
            budget = self.env["aftersales.service.budget"].create(
                self.env["aftersales.service.budget"]._values_from_job(self)
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.service.budget",
            "res_id": budget.id,
            "view_mode": "form",
        }

    def action_view_budgets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_repair.aftersales_service_budget_action")
        action["domain"] = [("repair_id", "=", self.id)]
        action["context"] = {"default_repair_id": self.id}
        return action
