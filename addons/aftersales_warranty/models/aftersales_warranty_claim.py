from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.claims import assessment_state, credit_available, is_duplicate
from ..tools.coverage import decide
from .aftersales_warranty_claim_line import ASSESSED_STATES, LINE_DECISIONS
from .res_partner import CREDIT_FIELDS

CLAIM_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("review", "Under Review"),
    ("approved", "Approved"),
    ("partial", "Partly Approved"),
    ("rejected", "Rejected"),
    ("settled", "Settled"),
]
DIRECTIONS = [("station", "From a Station (we pay)"), ("manufacturer", "To the Manufacturer (we are paid)")]
# Moved only by the claim's actions (submission, assessment, settlement), never written directly.
WORKFLOW_FIELDS = (
    "state",
    "settlement_id",
    "assessed_by_id",
    "assessed_on",
    "duplicate_claim_ids",
)


class AftersalesWarrantyClaim(models.Model):
    """索赔单: warranty costs a station claims from us, or we claim from the maker, and their assessment (鉴定单)."""

    _name = "aftersales.warranty.claim"
    _description = "Warranty Claim"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.approval.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
    ]
    _sequence_code = "aftersales.warranty.claim"
    _order = "id desc"
    _approval_amount_field = "amount_claimed"

    state = fields.Selection(CLAIM_STATES, default="draft", required=True, tracking=True, index=True, copy=False)
    direction = fields.Selection(DIRECTIONS, required=True, default="station", tracking=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Claimant / Payer",
        required=True,
        tracking=True,
        index=True,
        help="The service station claiming from us, or the manufacturer we claim from.",
        check_company=True,
    )
    vehicle_id = fields.Many2one("aftersales.vehicle", required=True, tracking=True, index=True, check_company=True)
    # Not stored: read_group joins it, for the 表8 quality statistics by vehicle model.
    vehicle_model_id = fields.Many2one(related="vehicle_id.product_id", string="Vehicle Model")
    repair_id = fields.Many2one(
        "repair.order", string="Repair Job", tracking=True, index="btree_not_null", check_company=True
    )
    failure_date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    odometer = fields.Integer(string="Odometer (km)", tracking=True)
    cause = fields.Text(string="Failure Cause", help="故障原因, as found by the technician.")
    line_ids = fields.One2many("aftersales.warranty.claim.line", "claim_id", string="Costs", copy=True)
    amount_claimed = fields.Monetary(compute="_compute_amounts", store=True, currency_field="currency_id")
    amount_approved = fields.Monetary(compute="_compute_amounts", store=True, currency_field="currency_id")
    amount_rejected = fields.Monetary(
        compute="_compute_amounts", store=True, currency_field="currency_id", help="Claimed but not approved."
    )
    duplicate_claim_ids = fields.Many2many(
        "aftersales.warranty.claim",
        "aftersales_warranty_claim_duplicate_rel",
        "claim_id",
        "duplicate_id",
        string="Possible Duplicates",
        copy=False,
        readonly=True,
    )
    is_duplicate = fields.Boolean(
        string="Possible Duplicate", compute="_compute_is_duplicate", store=True, help="Found at submission."
    )
    assessment_note = fields.Text(string="Assessment", copy=False, help="鉴定意见 of the warranty officer.")
    assessed_by_id = fields.Many2one("res.users", copy=False, readonly=True)
    assessed_on = fields.Date(copy=False, readonly=True, index=True)
    return_picking_id = fields.Many2one(
        "stock.picking", compute="_compute_return_picking_id", string="Old-Part Return", help="旧件返厂 receipt."
    )
    settlement_id = fields.Many2one(
        "aftersales.warranty.settlement",
        copy=False,
        readonly=True,
        index="btree_not_null",
        tracking=True,
        check_company=True,
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    assessment_result = fields.Selection(
        LINE_DECISIONS, compute="_compute_assessment_result", help="鉴定结果; empty until the claim is assessed."
    )

    @api.depends("line_ids.amount_claimed", "line_ids.amount_approved", "state")
    def _compute_amounts(self):
        for claim in self:
            claim.amount_claimed = sum(claim.line_ids.mapped("amount_claimed"))
            claim.amount_approved = sum(claim.line_ids.mapped("amount_approved"))
            assessed = claim.state in ("approved", "partial", "rejected", "settled")
            claim.amount_rejected = claim.amount_claimed - claim.amount_approved if assessed else 0.0

    @api.depends("amount_claimed", "amount_approved", "state")
    def _compute_assessment_result(self):
        for claim in self:
            assessed = claim.state in ASSESSED_STATES
            claim.assessment_result = (
                assessment_state(claim.amount_claimed, claim.amount_approved) if assessed else False
            )

    @api.depends("duplicate_claim_ids")
    def _compute_is_duplicate(self):
        for claim in self:
            claim.is_duplicate = bool(claim.duplicate_claim_ids)

    @api.onchange("repair_id")
    def _onchange_repair_id(self):
        if self.repair_id:
            self.vehicle_id = self.repair_id.vehicle_id
            self.odometer = self.repair_id.odometer_in

    def _workflow_fields(self):
        return dict(
            super()._workflow_fields(),
            **dict.fromkeys(WORKFLOW_FIELDS, self.env._("Submit, Start Review, Assess or the settlement")),
        )

    def _check_editable(self):
        for claim in self:
            if claim.state != "draft":
                raise UserError(
                    self.env._("%(claim)s has been submitted: its costs can no longer change.", claim=claim.name)
                )

    def _approval_document_type(self):
        return "warranty_claim"

    def _approval_station(self):
        """A station's claim is seen by that station's users, its approval steps too."""
        self.ensure_one()
        return self.partner_id if self.direction == "station" else self.env["res.partner"]

    # Submission ---------------------------------------------------------------------------------

    def action_submit(self):
        for claim in self:
            if claim.state != "draft":
                raise UserError(self.env._("%(claim)s is already submitted.", claim=claim.name))
            if not claim.line_ids:
                raise UserError(self.env._("Add the claimed costs to %(claim)s first.", claim=claim.name))
            if not claim.amount_claimed:
                raise UserError(self.env._("%(claim)s claims nothing.", claim=claim.name))
        self._recheck_coverage()
        self._check_credit_line()
        self._flag_duplicates()
        result = super().action_submit()
        self.filtered(lambda c: c.approval_state == "to_approve").sudo().write({"state": "submitted"})
        return result

    def _recheck_coverage(self):
        """A claim is only for what the vehicle's coverage pays on the failure date and odometer."""
        coverages = self.vehicle_id._warranty_coverages()
        reasons = dict(
            self.env["aftersales.warranty.claim.line"]._fields["warranty_reason"]._description_selection(self.env)
        )
        for claim in self:
            vehicle_coverages = coverages.get(claim.vehicle_id.id, [])
            refused = []
            for line in claim.line_ids.filtered(lambda cost: cost.line_type in ("labour", "part")):
                source = line.repair_labour_id or line.repair_move_id
                if source.warranty_reason == "override" and source.pay_type == "warranty":
                    line.sudo().warranty_reason = "override"
                    continue
                verdict = decide(
                    vehicle_coverages, line.product_id.id, claim.failure_date, claim.odometer or None, None
                )
                line.sudo().warranty_reason = verdict["reason"]
                if not verdict["covered"]:
                    refused.append(f"{line.name}: {reasons[verdict['reason']]}")
            if refused:
                raise UserError(
                    self.env._(
                        "%(claim)s claims costs the warranty does not cover:\n%(lines)s",
                        claim=claim.name,
                        lines="\n".join(refused),
                    )
                )

    def _check_credit_line(self):
        """三包信用额度: a station cannot have more open claims than its credit line allows."""
        for claim in self.filtered(lambda c: c.direction == "station"):
            partner = claim.partner_id.sudo()
            partner.invalidate_recordset(CREDIT_FIELDS)
            available = credit_available(
                partner.aftersales_credit_limit, partner.aftersales_credit_used, partner.aftersales_credit_pending
            )
            if available is not None and claim.amount_claimed > available + 0.005:
                raise UserError(
                    self.env._(
                        "%(claim)s (%(amount).2f) exceeds the 三包 credit left to %(partner)s (%(available).2f).",
                        claim=claim.name,
                        amount=claim.amount_claimed,
                        partner=partner.display_name,
                        available=available,
                    )
                )

    def _flag_duplicates(self):
        """Same vehicle and same part claimed in the same direction within the company's duplicate window:
        flag, do not block. (A station's claim to us and ours to the maker for the same work are the two legs
        of one repair, not duplicates.)"""
        candidates = self.sudo().search(
            [
                ("vehicle_id", "in", self.vehicle_id.ids),
                ("state", "not in", ("draft", "rejected")),
                ("id", "not in", self.ids),
            ]
        )
        for claim in self:
            window = claim.company_id.aftersales_claim_duplicate_days
            parts = claim.line_ids.product_id
            duplicates = candidates.filtered(
                lambda other, c=claim, p=parts, w=window: other.vehicle_id == c.vehicle_id
                and other.direction == c.direction
                and other.line_ids.product_id & p
                and is_duplicate(c.failure_date, other.failure_date, w)
            )
            claim.sudo().duplicate_claim_ids = [fields.Command.set(duplicates.ids)]
            if duplicates:
                claim.message_post(
                    body=self.env._(
                        "Possible duplicate of %(claims)s: same vehicle and part within %(days)s days.",
                        claims=", ".join(duplicates.mapped("name")),
                        days=window,
                    )
                )

    def _on_approved(self):
        """Past the approval band (or below it): the warranty office assesses every line."""
        for claim in self:
            for line in claim.line_ids:
                line.sudo().amount_approved = line.amount_claimed
        self.sudo().write({"state": "review"})

    def _on_rejected(self):
        self.line_ids.sudo().amount_approved = 0.0
        self.sudo().write({"state": "rejected"})

    # Assessment (鉴定单) --------------------------------------------------------------------------

    def _check_officer(self):
        if self.env.su:
            return
        if not self.env.user.has_group("aftersales_warranty.group_aftersales_warranty"):
            raise AccessError(self.env._("Only a warranty officer assesses claims."))

    def action_assess(self):
        """Close the assessment: approved, partly approved or rejected, the difference kept on each line."""
        self._check_officer()
        for claim in self:
            if claim.state != "review":
                raise UserError(self.env._("%(claim)s is not under review.", claim=claim.name))
            for line in claim.line_ids:
                if line.amount_approved > line.amount_claimed + 0.005:
                    raise UserError(
                        self.env._(
                            "%(line)s: more approved (%(approved).2f) than claimed (%(claimed).2f).",
                            line=line.name,
                            approved=line.amount_approved,
                            claimed=line.amount_claimed,
                        )
                    )
                if line.amount_approved + 0.005 < line.amount_claimed and not (line.reject_reason or "").strip():
                    raise UserError(self.env._("%(line)s: say why less is approved than claimed.", line=line.name))
            with workflow_writes():
                claim.write(
                    {
                        "state": assessment_state(claim.amount_claimed, claim.amount_approved),
                        "assessed_by_id": self.env.user.id,
                        "assessed_on": fields.Date.context_today(self),
                    }
                )
        self._request_old_parts()
        return True

    def action_reject_claim(self):
        """Reject every line at once; the assessment note says why."""
        self._check_officer()
        for claim in self:
            if claim.state != "review":
                raise UserError(self.env._("%(claim)s is not under review.", claim=claim.name))
            if not (claim.assessment_note or "").strip():
                raise UserError(self.env._("Write the assessment saying why %(claim)s is rejected.", claim=claim.name))
            claim.line_ids.write({"amount_approved": 0.0, "reject_reason": claim.assessment_note})
        return self.action_assess()

    def action_reset_draft(self):
        for claim in self:
            if claim.state != "rejected":
                raise UserError(self.env._("Only a rejected claim goes back to draft."))
        self.line_ids.sudo().write({"amount_approved": 0.0, "reject_reason": False, "warranty_reason": False})
        self.sudo().write({"state": "draft", "approval_state": "draft", "assessed_by_id": False, "assessed_on": False})
        return True

    @api.depends("line_ids.return_id")
    def _compute_return_picking_id(self):
        for claim in self:
            claim.return_picking_id = claim.line_ids.return_id.picking_id[:1]

    def _request_old_parts(self):
        """旧件返厂: the station sends back approved parts above the threshold by the due date."""
        Return = self.env["aftersales.old.part.return"]
        for claim in self.filtered(lambda c: c.direction == "station" and c.state in ("approved", "partial")):
            lines = claim.line_ids.filtered(
                lambda cost: cost.return_required and cost.product_id and cost.amount_approved and not cost.return_id
            )
            if not lines:
                continue
            returns = Return._ask_back(lines, claim.company_id, claim.partner_id, claim.name, claim.repair_id)
            claim.message_post(
                body=self.env._(
                    "Old parts to be returned by %(due)s: %(picking)s",
                    due=min(returns.mapped("due_date")),
                    picking=", ".join(returns.picking_id.mapped("name")),
                )
            )

    def _release_from_settlement(self):
        """A reversed settlement gives its claims back, approved as assessed, to be settled again."""
        for claim in self.sudo():
            claim.write(
                {"state": assessment_state(claim.amount_claimed, claim.amount_approved), "settlement_id": False}
            )

    def action_view_return_picking(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.picking",
            "res_id": self.return_picking_id.id,
            "view_mode": "form",
        }

    # Printed papers -----------------------------------------------------------------------------

    def _aftersales_check_printable(self, report_name):
        """The assessment sheet (鉴定单) certifies the warranty office's decision: none before it is taken
        (a claim rejected in the approval chain was never assessed either)."""
        if report_name != "aftersales_warranty.report_warranty_assessment":
            return
        for claim in self:
            if claim.state not in ASSESSED_STATES or not claim.assessed_by_id:
                raise UserError(
                    self.env._(
                        "%(claim)s has not been assessed by the warranty office: its assessment sheet prints "
                        "once the assessment is validated.",
                        claim=claim.name,
                    )
                )

    def _paper_station(self):
        """The station that did the work: the claimant of a station claim, our own workshop otherwise."""
        self.ensure_one()
        return self.partner_id if self.direction == "station" else self.company_id.partner_id
