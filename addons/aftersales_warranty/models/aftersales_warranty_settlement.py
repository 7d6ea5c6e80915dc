from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.locking import lock_rows_nowait

from .aftersales_warranty_claim import DIRECTIONS

SETTLEMENT_STATES = [
    ("draft", "Draft"),
    ("posted", "Posted"),
    ("partial", "Partly Paid"),
    ("paid", "Paid"),
    ("cancel", "Reversed"),
]


class AftersalesWarrantySettlement(models.Model):
    """保修结算: approved claims of one partner and period, less deductions, as one invoice or bill.

    A claim belongs to at most one live settlement (``claim.settlement_id``); a reversed settlement
    gives its claims back and keeps them in ``released_claim_ids`` for the record.
    """

    _name = "aftersales.warranty.settlement"
    _description = "Warranty Settlement"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.numbered.mixin", "aftersales.rpc.mixin"]
    _sequence_code = "aftersales.warranty.settlement"
    _order = "id desc"

    partner_id = fields.Many2one("res.partner", required=True, tracking=True, index=True, check_company=True)
    direction = fields.Selection(DIRECTIONS, required=True, default="station", tracking=True)
    date_from = fields.Date(required=True, tracking=True)
    date_to = fields.Date(required=True, tracking=True, default=fields.Date.context_today)
    claim_ids = fields.One2many("aftersales.warranty.claim", "settlement_id", string="Claims", readonly=True)
    released_claim_ids = fields.Many2many(
        "aftersales.warranty.claim", string="Released Claims", copy=False, readonly=True
    )
    deduction_line_ids = fields.One2many(
        "aftersales.warranty.claim.line", "deduction_settlement_id", string="Deducted Lines", readonly=True
    )
    claim_count = fields.Integer(compute="_compute_amounts", store=True)
    amount_claims = fields.Monetary(
        string="Approved Claims", compute="_compute_amounts", store=True, currency_field="currency_id"
    )
    amount_deductions = fields.Monetary(
        string="Deductions", compute="_compute_amounts", store=True, currency_field="currency_id"
    )
    amount_total = fields.Monetary(compute="_compute_amounts", store=True, currency_field="currency_id")
    move_id = fields.Many2one(
        "account.move", string="Journal Entry", copy=False, readonly=True, index="btree_not_null", check_company=True
    )
    state = fields.Selection(
        SETTLEMENT_STATES, compute="_compute_payment", store=True, tracking=True, index=True, default="draft"
    )
    amount_paid = fields.Monetary(compute="_compute_payment", store=True, currency_field="currency_id")
    amount_residual = fields.Monetary(compute="_compute_payment", store=True, currency_field="currency_id")
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")

    _sql_constraints = [
        ("period_in_order", "CHECK(date_from <= date_to)", "A settlement period must end after it starts."),
    ]

    @api.depends("claim_ids.amount_approved", "deduction_line_ids.amount_approved")
    def _compute_amounts(self):
        for settlement in self:
            settlement.claim_count = len(settlement.claim_ids)
            settlement.amount_claims = sum(settlement.claim_ids.mapped("amount_approved"))
            settlement.amount_deductions = sum(settlement.deduction_line_ids.mapped("amount_approved"))
            settlement.amount_total = settlement.amount_claims - settlement.amount_deductions

    @api.depends("move_id.state", "move_id.payment_state", "move_id.amount_residual", "move_id.amount_total")
    def _compute_payment(self):
        """The settlement follows its journal entry: posted, partly paid, paid, or reversed."""
        for settlement in self:
            move = settlement.move_id
            if not move or move.state == "draft":
                settlement.state = "draft"
            elif move.state == "cancel" or move.payment_state == "reversed":
                settlement.state = "cancel"
            elif move.payment_state in ("paid", "in_payment"):
                settlement.state = "paid"
            elif move.payment_state == "partial":
                settlement.state = "partial"
            else:
                settlement.state = "posted"
            posted = move.state == "posted" and move.payment_state != "reversed"
            settlement.amount_residual = move.amount_residual if posted else 0.0
            settlement.amount_paid = move.amount_total - move.amount_residual if posted else 0.0

    @api.onchange("partner_id")
    def _onchange_partner_id(self):
        if self.partner_id:
            self.direction = "station" if self.partner_id.is_service_station else "manufacturer"

    @api.ondelete(at_uninstall=False)
    def _unlink_except_posted(self):
        if self.filtered("move_id"):
            raise UserError(self.env._("A posted settlement cannot be deleted; reverse it with a credit note."))

    def unlink(self):
        self.claim_ids.sudo().settlement_id = False
        return super().unlink()

    # Collecting ---------------------------------------------------------------------------------

    def _claim_domain(self):
        return [
            ("partner_id", "=", self.partner_id.id),
            ("direction", "=", self.direction),
            ("company_id", "=", self.company_id.id),
            ("state", "in", ("approved", "partial")),
            ("settlement_id", "=", False),
            ("assessed_on", ">=", self.date_from),
            ("assessed_on", "<=", self.date_to),
        ]

    def _lock_claims(self, claims):
        """Lock the claims for this settlement: of two people settling one claim, the second is told."""
        if not claims:
            return claims
        self.env["aftersales.warranty.claim"].flush_model(["settlement_id", "state"])
        rows = lock_rows_nowait(
            self.env,
            """SELECT id FROM aftersales_warranty_claim
                WHERE id IN %s AND (settlement_id IS NULL OR settlement_id = %s)
                  AND state IN ('approved', 'partial', 'settled')
                  FOR UPDATE NOWAIT""",
            [tuple(claims.ids), self.id],
            self.env._("Someone else is settling these claims right now; try again in a moment."),
        )
        free = {row[0] for row in rows}
        claims.invalidate_recordset(["settlement_id", "state"])
        taken = claims.filtered(lambda c: c.id not in free)
        if taken:
            raise UserError(
                self.env._("Already settled or no longer approved: %(claims)s", claims=", ".join(taken.mapped("name")))
            )
        return claims

    def action_collect(self):
        """Gather the partner's approved, unsettled claims of the period and its late old parts."""
        for settlement in self:
            if settlement.state != "draft" or settlement.move_id:
                raise UserError(self.env._("Only a draft settlement collects claims."))
            claims = self.env["aftersales.warranty.claim"].search(settlement._claim_domain())
            settlement._lock_claims(claims)
            claims.sudo().write({"settlement_id": settlement.id})
            late = self.env["aftersales.warranty.claim.line"]._overdue_for_deduction(
                settlement.partner_id, settlement.date_to
            )
            late.sudo().write({"deduction_settlement_id": settlement.id})
        return True

    def action_remove_claims(self):
        """Give the collected claims and deductions back while the settlement is a draft."""
        for settlement in self:
            if settlement.move_id:
                raise UserError(self.env._("Only a draft settlement gives its claims back."))
            settlement.claim_ids.sudo().settlement_id = False
            settlement.deduction_line_ids.sudo().deduction_settlement_id = False
        return True
