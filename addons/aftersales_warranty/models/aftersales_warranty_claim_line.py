from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools.claims import assessment_state, claim_line_amount
from .aftersales_added_work_warranty import WARRANTY_REASONS

LINE_TYPES = [("labour", "Labour"), ("part", "Part"), ("travel", "Travel"), ("other", "Other")]
RETURN_STATES = [
    ("not_required", "Not Required"),
    ("waiting", "Waiting"),
    ("returned", "Returned"),
    ("overdue", "Overdue"),
]
# The assessment sheet's (鉴定单) decision on one line, once the claim is assessed.
LINE_DECISIONS = [("approved", "Approved"), ("partial", "Partly Approved"), ("rejected", "Rejected")]
ASSESSED_STATES = ("approved", "partial", "rejected", "settled")
# What the claimant writes; frozen once the claim is submitted.
CLAIMED_FIELDS = ("line_type", "product_id", "name", "quantity", "unit_amount", "std_hours", "rate", "covered_pct")
# What the warranty officer writes during the assessment (鉴定单).
ASSESSMENT_FIELDS = ("amount_approved", "reject_reason")


class AftersalesWarrantyClaimLine(models.Model):
    """One cost of a claim (labour, part, travel, other) and its assessment."""

    _name = "aftersales.warranty.claim.line"
    _description = "Warranty Claim Line"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "claim_id, sequence, id"

    claim_id = fields.Many2one("aftersales.warranty.claim", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    line_type = fields.Selection(LINE_TYPES, string="Type", required=True, default="part")
    product_id = fields.Many2one("product.product", string="Part")
    name = fields.Char(string="Description", required=True)
    quantity = fields.Float(default=1.0, digits="Product Unit of Measure")
    unit_amount = fields.Monetary(string="Unit Cost", currency_field="currency_id")
    std_hours = fields.Float(string="Standard Hours")
    rate = fields.Monetary(string="Hourly Rate", currency_field="currency_id")
    covered_pct = fields.Float(string="Covered (%)", default=100.0)
    amount_claimed = fields.Monetary(compute="_compute_amount_claimed", store=True, currency_field="currency_id")
    amount_approved = fields.Monetary(currency_field="currency_id", copy=False)
    amount_rejected = fields.Monetary(compute="_compute_amount_rejected", currency_field="currency_id")
    reject_reason = fields.Char(string="Assessment Reason", copy=False)
    decision = fields.Selection(LINE_DECISIONS, compute="_compute_decision", help="Empty until the claim is assessed.")
    warranty_reason = fields.Selection(WARRANTY_REASONS, string="Coverage Check", copy=False, readonly=True)
    repair_labour_id = fields.Many2one("aftersales.repair.labour", string="Job Labour Line", copy=False)
    repair_move_id = fields.Many2one("stock.move", string="Job Part", copy=False)
    currency_id = fields.Many2one(related="claim_id.currency_id")
    partner_id = fields.Many2one(related="claim_id.partner_id", store=True, index=True)
    # Not stored: read_group joins them, for the 表8 quality statistics by part group.
    product_categ_id = fields.Many2one(related="product_id.categ_id", string="Part Group")
    claim_state = fields.Selection(related="claim_id.state", string="Claim Status")
    return_required = fields.Boolean(
        string="Old Part Returns",
        compute="_compute_return_required",
        store=True,
        readonly=False,
        help="旧件返厂: parts above the company's old-part threshold must come back by the due date.",
    )
    return_id = fields.Many2one(
        "aftersales.old.part.return", string="Old-Part Return", copy=False, readonly=True, index="btree_not_null"
    )
    return_move_id = fields.Many2one(related="return_id.move_id", string="Old-Part Receipt")
    return_due_date = fields.Date(related="return_id.due_date", readonly=False)
    return_state = fields.Selection(RETURN_STATES, compute="_compute_return_state")
    deduction_settlement_id = fields.Many2one(
        "aftersales.warranty.settlement",
        string="Deducted On",
        copy=False,
        readonly=True,
        index="btree_not_null",
        help="The settlement that deducted this line because its old part came back late.",
    )

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity >= 0)", "A claimed quantity cannot be negative."),
        ("unit_amount_positive", "CHECK(unit_amount >= 0)", "A claimed unit cost cannot be negative."),
        ("std_hours_positive", "CHECK(std_hours >= 0)", "Standard hours cannot be negative."),
        ("rate_positive", "CHECK(rate >= 0)", "An hourly rate cannot be negative."),
        ("covered_pct_range", "CHECK(covered_pct >= 0 AND covered_pct <= 100)", "Coverage is between 0 and 100 %."),
        ("approved_positive", "CHECK(amount_approved >= 0)", "An approved amount cannot be negative."),
    ]

    @api.depends("line_type", "quantity", "unit_amount", "std_hours", "rate", "covered_pct")
    def _compute_amount_claimed(self):
        for line in self:
            line.amount_claimed = claim_line_amount(
                line.line_type, line.quantity, line.unit_amount, line.std_hours, line.rate, line.covered_pct
            )

    @api.depends("amount_claimed", "amount_approved", "claim_id.state")
    def _compute_amount_rejected(self):
        for line in self:
            assessed = line.claim_id.state in ("approved", "partial", "rejected", "settled")
            line.amount_rejected = line.amount_claimed - line.amount_approved if assessed else 0.0

    @api.depends("amount_claimed", "amount_approved", "claim_id.state")
    def _compute_decision(self):
        """Approved, partly approved or rejected, as the warranty office decided the line."""
        for line in self:
            assessed = line.claim_id.state in ASSESSED_STATES
            line.decision = assessment_state(line.amount_claimed, line.amount_approved) if assessed else False

    @api.depends("line_type", "unit_amount", "claim_id.direction", "claim_id.company_id.aftersales_old_part_threshold")
    def _compute_return_required(self):
        for line in self:
            line.return_required = (
                line.line_type == "part"
                and line.claim_id.direction == "station"
                and line.unit_amount > line.claim_id.company_id.aftersales_old_part_threshold
            )

    @api.depends("return_required", "return_id.state", "return_id.due_date")
    @api.depends_context("date")
    def _compute_return_state(self):
        for line in self:
            if not line.return_required:
                line.return_state = "not_required"
            elif line.return_id.state == "returned":
                line.return_state = "returned"
            elif line.return_id._is_overdue():
                line.return_state = "overdue"
            else:
                line.return_state = "waiting"

    @api.onchange("product_id")
    def _onchange_product_id(self):
        if self.product_id:
            self.name = self.product_id.display_name
            if self.line_type == "part":
                self.unit_amount = self.product_id.standard_price

    def _workflow_fields(self):
        check = self.env._("Claim Warranty on the repair job and Submit (coverage check)")
        return dict(
            super()._workflow_fields(),
            covered_pct=check,
            warranty_reason=check,
            repair_labour_id=check,
            repair_move_id=check,
            return_required=self.env._("the old-part threshold in the settings"),
            return_id=self.env._("the old-part receipt of an approved claim"),
            return_due_date=self.env._("the old-part receipt of an approved claim"),
            deduction_settlement_id=self.env._("Collect on a settlement"),
        )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.claim_id._check_editable()
        return lines

    def write(self, vals):
        if set(vals) & set(CLAIMED_FIELDS):
            self.claim_id._check_editable()
        if set(vals) & set(ASSESSMENT_FIELDS):
            self._check_can_assess()
        return super().write(vals)

    def unlink(self):
        self.claim_id._check_editable()
        return super().unlink()

    def _check_can_assess(self):
        if self.env.su:
            return
        self.claim_id._check_officer()
        for line in self:
            if line.claim_id.state != "review":
                raise UserError(
                    self.env._("%(claim)s is not under review: its assessment is closed.", claim=line.claim_id.name)
                )

    def _overdue_for_deduction(self, partners, on_date):
        """Claimed old parts of ``partners`` not back by ``on_date`` and not deducted yet."""
        lines = self.search(
            [
                ("partner_id", "in", partners.ids),
                ("return_required", "=", True),
                ("return_due_date", "<", on_date),
                ("deduction_settlement_id", "=", False),
                ("claim_id.state", "in", ("approved", "partial", "settled")),
                ("amount_approved", ">", 0),
            ]
        )
        return lines.filtered(lambda line: line.return_id.state != "returned")
