from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes, workflow_writes_allowed

from ..tools.sanbao import usage_compensation
from .aftersales_vehicle_sanbao import SANBAO_ENTITLEMENTS

REQUEST_KINDS = [("exchange", "Exchange"), ("refund", "Refund")]
REQUEST_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("assessment", "Independent Assessment"),
    ("to_approve", "To Approve"),
    ("exchange", "Exchange Approved"),
    ("refund", "Refund Approved"),
    ("refused", "Refused"),
]
DECIDED = ("exchange", "refund", "refused")


class AftersalesSanbaoRequest(models.Model):
    """三包 request (退换车申请): the customer asks for an exchange or a refund; the facts of the 三包 engine
    are frozen on it when it is submitted and the warranty office decides (SAMR order 43).

    An approved exchange or refund above the company's approval rule goes to the general manager; the
    usage compensation (合理使用补偿费) is deducted from a refund or charged on an exchange."""

    _name = "aftersales.sanbao.request"
    _description = "三包 Exchange or Refund Request"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.approval.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
    ]
    _sequence_code = "aftersales.sanbao.request"
    _order = "id desc"
    _approval_amount_field = "price"

    vehicle_id = fields.Many2one("aftersales.vehicle", required=True, index=True, tracking=True, check_company=True)
    ticket_id = fields.Many2one("helpdesk.ticket", string="Case", index="btree_not_null", check_company=True)
    partner_id = fields.Many2one(related="vehicle_id.partner_id", string="Customer", store=True)
    station_id = fields.Many2one(related="vehicle_id.station_id", store=True, index="btree_not_null")
    company_id = fields.Many2one(related="vehicle_id.company_id", store=True, index=True, precompute=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(REQUEST_KINDS, string="Customer Asks For", required=True, default="exchange")
    reason = fields.Text(string="Customer's Reason", help="What the customer says, in their words.")
    state = fields.Selection(REQUEST_STATES, default="draft", required=True, tracking=True, index=True, copy=False)
    request_date = fields.Date(default=fields.Date.context_today, required=True)
    odometer = fields.Integer(string="Odometer at Request (km)")
    # Frozen at submission: what the engine said then is what is decided on.
    entitlement = fields.Selection(SANBAO_ENTITLEMENTS, string="三包 Entitlement", readonly=True, copy=False)
    facts = fields.Text(string="三包 Facts", readonly=True, copy=False)
    price = fields.Monetary(string="Vehicle Price", help="车价款: what the customer paid for the vehicle.")
    compensation_rate = fields.Float(
        string="Usage Compensation (n, %)", digits=(3, 2), help="From the vehicle's 三包 rule when submitted."
    )
    km_driven = fields.Integer(compute="_compute_compensation", store=True)
    compensation = fields.Monetary(
        compute="_compute_compensation",
        store=True,
        string="Usage Compensation",
        help="合理使用补偿费 = price x km driven / 1000 x n.",
    )
    refund_amount = fields.Monetary(compute="_compute_compensation", store=True, help="Price less the compensation.")
    decision_note = fields.Text(string="Decision", help="Why the request is approved or refused.", copy=False)
    decided_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    decided_on = fields.Datetime(readonly=True, copy=False)

    _sql_constraints = [("price_positive", "CHECK(price >= 0)", "The vehicle price cannot be negative.")]

    @api.depends("price", "odometer", "compensation_rate", "kind")
    def _compute_compensation(self):
        for request in self:
            request.km_driven = max(request.odometer or 0, 0)
            rate = request.compensation_rate
            request.compensation = usage_compensation(request.price, request.km_driven, rate) if rate else 0.0
            request.refund_amount = request.price - request.compensation if request.kind == "refund" else 0.0

    def _workflow_fields(self):
        decision = self.env._("the warranty office's decision")
        submission = self.env._("Submit")
        return dict(
            super()._workflow_fields(),
            state=decision,
            decided_by_id=decision,
            decided_on=decision,
            entitlement=submission,
            facts=submission,
        )

    def write(self, vals):
        """A decided request does not change; a warranty officer reopens it, saying why.

        What follows from the decision (its own actions, inside ``workflow_writes()``) is not a change."""
        if (
            set(vals) - {"message_main_attachment_id"}
            and not workflow_writes_allowed()
            and any(request.state in DECIDED for request in self)
        ):
            names = ", ".join(self.filtered(lambda r: r.state in DECIDED).mapped("name"))
            raise UserError(self.env._("%(requests)s is decided: reopen it first, saying why.", requests=names))
        return super().write(vals)

    def _approval_document_type(self):
        return "sanbao_request"

    def action_submit_request(self):
        """Freeze the engine's facts and hand the request to the warranty office."""
        # The engine's facts are read fresh: repairs recorded since they were last computed count.
        self.vehicle_id.invalidate_recordset(["sanbao_rule_id", "sanbao_entitlement", "sanbao_reasons"])
        for request in self:
            if request.state != "draft":
                raise UserError(self.env._("%(request)s is already submitted.", request=request.name))
            if not request.partner_id:
                raise UserError(
                    self.env._(
                        "%(vehicle)s has no owner: a 三包 request is the owner's; set the owner on the vehicle first.",
                        vehicle=request.vehicle_id.display_name,
                    )
                )
            vehicle = request.vehicle_id
            values = {
                "state": "submitted",
                "entitlement": vehicle.sanbao_entitlement,
                "facts": vehicle.sanbao_reasons,
            }
            if not request.compensation_rate:
                request.compensation_rate = vehicle.sanbao_rule_id.compensation_rate
            with workflow_writes():
                request.write(values)
            request.message_post(body=self.env._("Submitted to the warranty office."))
        return True

    def _check_officer(self):
        if not self.env.user.has_group("aftersales_warranty.group_aftersales_warranty"):
            raise AccessError(self.env._("Only the warranty office decides 三包 requests."))

    def _decide(self, state, note):
        self._check_officer()
        for request in self:
            if request.state not in ("submitted", "assessment"):
                raise UserError(self.env._("%(request)s is not waiting for a decision.", request=request.name))
        with workflow_writes():
            self.write(
                {
                    "state": state,
                    "decision_note": note,
                    "decided_by_id": self.env.user.id,
                    "decided_on": fields.Datetime.now(),
                }
            )

    def action_approve_exchange(self):
        return self._approve("exchange")

    def action_approve_refund(self):
        return self._approve("refund")

    def _approve(self, outcome):
        """The office approves; above the company's rule the general manager signs off before it stands."""
        for request in self:
            if not request.price:
                raise UserError(self.env._("Enter the vehicle price of %(request)s first.", request=request.name))
        self._decide("to_approve", self.decision_note)
        with workflow_writes():
            self.write({"kind": outcome})
        self.action_submit()
        return True

    def _on_approved(self):
        with workflow_writes():
            for request in self:
                request.state = request.kind
        for request in self:
            request.message_post(
                body=self.env._(
                    "Approved: %(outcome)s, usage compensation %(amount)s.",
                    outcome=dict(REQUEST_KINDS)[request.kind],
                    amount=request.compensation,
                )
            )

    def _on_rejected(self):
        with workflow_writes():
            self.write({"state": "submitted"})

    def action_refuse(self, reason=None):
        """Refused with the reason given, or the decision written on the request."""
        reason = reason or (self.decision_note if len(self) == 1 else None)
        if not (reason or "").strip():
            raise UserError(self.env._("Say why the request is refused."))
        self._decide("refused", reason)
        self.message_post(body=self.env._("Refused: %(reason)s", reason=reason))
        return True

    def action_send_assessment(self):
        """The customer disputes the facts: an independent assessment (鉴定) is asked for first."""
        self._check_officer()
        with workflow_writes():
            self.filtered(lambda r: r.state == "submitted").write({"state": "assessment"})
        return True

    def action_open_reopen(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.sanbao.reopen",
            "view_mode": "form",
            "target": "new",
            "context": {"default_request_id": self.id},
        }

    def action_reopen(self, reason=None):
        self._check_officer()
        if not (reason or "").strip():
            raise UserError(self.env._("Say why the decision is reopened."))
        with workflow_writes():
            self.write({"state": "submitted", "decided_by_id": False, "decided_on": False, "approval_state": "draft"})
        self.message_post(body=self.env._("Reopened: %(reason)s", reason=reason))
        return True

    def _aftersales_check_printable(self, report_name):
        """The 三包 certificate states a decision: none before it is taken."""
        undecided = self.filtered(lambda r: r.state not in DECIDED)
        if undecided:
            raise UserError(
                self.env._(
                    "%(requests)s is not decided yet: the certificate is printed once it is.",
                    requests=", ".join(undecided.mapped("name")),
                )
            )
