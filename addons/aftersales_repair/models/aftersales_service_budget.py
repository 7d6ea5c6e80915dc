from odoo import api, fields, models
from odoo.exceptions import UserError

BUDGET_KINDS = [
    ("warranty", "三包 Repair"),
    ("goodwill", "Free Repair after Warranty"),
    ("statutory", "Statutory Quality Case"),
]


class AftersalesServiceBudget(models.Model):
    """售后服务费用预算审批单 (001 表5): the estimated cost of a 三包 repair, approved before the job is
    confirmed when it exceeds the company's limit.

    Each kind has its own approval chain (``aftersales.approval.rule``): a 三包 repair every level of
    management, a free repair after the warranty the general manager, a statutory quality case the
    technical department first, then the general manager."""

    _name = "aftersales.service.budget"
    _description = "After-Sales Cost Budget"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.approval.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
    ]
    _sequence_code = "aftersales.service.budget"
    _order = "id desc"
    _approval_amount_field = "amount_total"
    _approval_reset_fields = ("kind", "amount_labour", "amount_parts", "amount_travel", "amount_other")

    repair_id = fields.Many2one(
        "repair.order", string="Repair Job", required=True, index=True, tracking=True, check_company=True
    )
    vehicle_id = fields.Many2one(related="repair_id.vehicle_id")
    partner_id = fields.Many2one(related="repair_id.partner_id", string="Customer")
    ticket_id = fields.Many2one(related="repair_id.ticket_id")
    station_id = fields.Many2one(related="repair_id.station_id", store=True, index="btree_not_null")
    company_id = fields.Many2one(related="repair_id.company_id", store=True, index=True, precompute=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(BUDGET_KINDS, required=True, default="warranty", tracking=True)
    amount_labour = fields.Monetary(string="Labour", tracking=True)
    amount_parts = fields.Monetary(string="Parts", tracking=True)
    amount_travel = fields.Monetary(string="Travel and On-Site", tracking=True)
    amount_other = fields.Monetary(string="Other", tracking=True)
    amount_total = fields.Monetary(compute="_compute_amount_total", store=True, string="Estimated Cost")
    reason = fields.Text(help="Why the work is needed and why it costs this much.")

    _sql_constraints = [
        (
            "amounts_positive",
            "CHECK(amount_labour >= 0 AND amount_parts >= 0 AND amount_travel >= 0 AND amount_other >= 0)",
            "Estimated costs cannot be negative.",
        ),
    ]

    @api.depends("amount_labour", "amount_parts", "amount_travel", "amount_other")
    def _compute_amount_total(self):
        for budget in self:
            budget.amount_total = (
                budget.amount_labour + budget.amount_parts + budget.amount_travel + budget.amount_other
            )

    def _approval_document_type(self):
        return {"warranty": "service_budget", "goodwill": "service_budget_goodwill"}.get(
            self.kind, "service_budget_statutory"
        )

    def _aftersales_check_printable(self, report_name):
        """The 表5 shows its approval chain: a draft budget has none to show."""
        drafts = self.filtered(lambda b: b.approval_state == "draft")
        if drafts:
            raise UserError(
                self.env._(
                    "%(budgets)s is not submitted yet: submit it for approval before printing it.",
                    budgets=", ".join(drafts.mapped("name")),
                )
            )

    @api.model
    def _values_from_job(self, repair):
        """The job's costs that the maker pays (warranty and goodwill lines), as a budget's estimate."""
        makers = ("warranty", "goodwill")
        labour = sum(repair.labour_ids.filtered(lambda line: line.pay_type in makers).mapped("amount"))
        parts = sum(
            repair.move_ids.filtered(lambda move: move.pay_type in makers and move.repair_line_type == "add").mapped(
                "aftersales_amount"
            )
        )
        return {
            "repair_id": repair.id,
            "kind": "goodwill" if repair.amount_goodwill > repair.amount_warranty else "warranty",
            "amount_labour": labour,
            "amount_parts": parts,
        }
