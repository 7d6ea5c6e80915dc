from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools.approval import select_steps
from ..tools.locking import lock_rows_nowait
from ..tools.workflow import workflow_writes

APPROVAL_STATES = [
    ("draft", "Draft"),
    ("to_approve", "To Approve"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
]


class AftersalesApprovalMixin(models.AbstractModel):
    """Sign-off of a document by the approval chain its amount selects (``aftersales.approval.rule``).

    A model using it sets ``_approval_amount_field`` and ``_approval_reset_fields`` (fields whose
    change sends a submitted or approved document back to draft), returns its rule document type
    from ``_approval_document_type()``, and reacts in ``_on_approved()`` / ``_on_rejected()`` /
    ``_on_approval_reset()``. Every check runs on the server, so RPC gets the same answer as a click.
    """

    _name = "aftersales.approval.mixin"
    _inherit = ["aftersales.workflow.guard.mixin"]
    _description = "Document Needing Approval"
    _approval_amount_field = "amount_total"
    _approval_reset_fields = ()

    approval_ids = fields.One2many(
        "aftersales.approval",
        "res_id",
        string="Approvals",
        domain=lambda self: [("res_model", "=", self._name)],
        copy=False,
    )
    approval_state = fields.Selection(APPROVAL_STATES, default="draft", copy=False, tracking=True, index=True)
    approval_submitted_by_id = fields.Many2one("res.users", string="Submitted By", copy=False, readonly=True)
    approval_submitted_on = fields.Datetime(string="Submitted On", copy=False, readonly=True)
    approval_done_on = fields.Datetime(string="Approved On", copy=False, readonly=True)
    approval_amount_approved = fields.Float(
        string="Amount at Approval",
        copy=False,
        readonly=True,
        help="The amount the approval was given for: a document that grows past it goes back for approval.",
    )
    approval_hours = fields.Float(
        string="Approval Time (hours)", compute="_compute_approval_hours", store=True, aggregator="avg"
    )
    can_approve = fields.Boolean(compute="_compute_can_approve")

    @api.depends("approval_submitted_on", "approval_done_on")
    def _compute_approval_hours(self):
        for doc in self:
            done, submitted = doc.approval_done_on, doc.approval_submitted_on
            doc.approval_hours = (done - submitted).total_seconds() / 3600 if done and submitted else 0.0

    @api.depends_context("uid")
    @api.depends("approval_ids.state")
    def _compute_can_approve(self):
        user = self.env.user
        for doc in self:
            step = doc.approval_ids.filtered(lambda s: s.state == "pending")[:1]
            doc.can_approve = bool(step) and step._can_decide(user) and doc.approval_submitted_by_id != user

    def _workflow_fields(self):
        action = self.env._("Submit for Approval / Approve / Reject")
        return dict(
            super()._workflow_fields(),
            approval_state=action,
            approval_submitted_by_id=action,
            approval_submitted_on=action,
            approval_done_on=action,
            approval_amount_approved=action,
        )

    def _approval_document_type(self):
        return self._name.split(".")[-1]

    def _approval_amount(self):
        return self[self._approval_amount_field]

    def _approval_station(self):
        """The service station whose users may see this document's approval steps (none by default)."""
        self.ensure_one()
        return self["station_id"] if "station_id" in self._fields else self.env["res.partner"]

    def action_submit(self):
        for doc in self:
            if doc.approval_state not in ("draft", "rejected") and not doc._approval_outgrown():
                raise UserError(self.env._("%(doc)s is already submitted.", doc=doc.display_name))
        Approval = self.env["aftersales.approval"].sudo()
        rules = (
            self.env["aftersales.approval.rule"]
            .sudo()
            .search(
                [
                    ("company_id", "in", self.company_id.ids),
                    ("document_type", "in", list({doc._approval_document_type() for doc in self})),
                ]
            )
        )
        steps, approved_now = [], self.browse()
        for doc in self:
            if not rules.filtered(
                lambda r, d=doc: r.company_id == d.company_id and r.document_type == d._approval_document_type()
            ):
                raise UserError(
                    self.env._(
                        "%(company)s has no approval rule for %(type)s: a manager sets one under "
                        "After-Sales > Configuration > Approval Rules before %(doc)s can be submitted.",
                        company=doc.company_id.name,
                        type=dict(
                            self.env["aftersales.approval.rule"]
                            ._fields["document_type"]
                            ._description_selection(self.env)
                        ).get(doc._approval_document_type(), doc._approval_document_type()),
                        doc=doc.display_name,
                    )
                )
        for doc in self:
            doc.approval_ids.filtered(lambda s: s.state in ("waiting", "pending")).sudo().state = "cancel"
            chosen = select_steps(
                rules.filtered(
                    lambda r, d=doc: r.company_id == d.company_id and r.document_type == d._approval_document_type()
                ),
                doc._approval_amount(),
            )
            steps += [
                {
                    "res_model": doc._name,
                    "res_id": doc.id,
                    "rule_id": rule.id,
                    "name": rule.name,
                    "sequence": index,
                    "group_id": rule.group_id.id,
                    "user_ids": [fields.Command.set(rule.user_ids.ids)],
                    "state": "pending" if index == 0 else "waiting",
                    "company_id": doc.company_id.id,
                    "station_id": doc._approval_station().id,
                }
                for index, rule in enumerate(chosen)
            ]
            if not chosen:
                approved_now |= doc
        Approval.create(steps)._copy_rule_names()
        now = fields.Datetime.now()
        with workflow_writes():
            self.write(
                {
                    "approval_state": "to_approve",
                    "approval_submitted_by_id": self.env.user.id,
                    "approval_submitted_on": now,
                    "approval_done_on": False,
                }
            )
        for doc in self - approved_now:
            names = ", ".join(doc.approval_ids.filtered(lambda s: s.state in ("pending", "waiting")).mapped("name"))
            doc.message_post(body=self.env._("Submitted for approval: %(steps)s.", steps=names))
        if approved_now:
            approved_now.message_post(body=self.env._("No approval needed for this amount."))
            approved_now._approval_finish()
        return True

    def _approval_outgrown(self):
        """Approved for less than the document now asks: it is submitted again."""
        self.ensure_one()
        return self.approval_state == "approved" and self._approval_amount() > self.approval_amount_approved + 0.005

    def _approval_lock_current_step(self):
        """The pending step, locked: of two approvers pressing at once, the second is told it is taken."""
        self.ensure_one()
        step = self.approval_ids.filtered(lambda s: s.state == "pending")[:1]
        if self.approval_state != "to_approve" or not step:
            raise UserError(self.env._("%(doc)s is not waiting for an approval.", doc=self.display_name))
        self.env["aftersales.approval"].flush_model(["state"])
        still_pending = lock_rows_nowait(
            self.env,
            "SELECT id FROM aftersales_approval WHERE id = %s AND state = 'pending' FOR UPDATE NOWAIT",
            [step.id],
            self.env._("Someone else is deciding %(step)s right now; try again in a moment.", step=step.name),
        )
        step.invalidate_recordset(["state"])
        if not still_pending:
            raise UserError(self.env._("%(step)s has already been decided.", step=step.name))
        return step

    def _approval_check_decider(self, step):
        user = self.env.user
        if user == self.approval_submitted_by_id:
            raise AccessError(self.env._("Nobody approves their own request (%(doc)s).", doc=self.display_name))
        if not step._can_decide(user):
            raise AccessError(
                self.env._(
                    "%(step)s of %(doc)s must be decided by %(who)s.",
                    step=step.name,
                    doc=self.display_name,
                    who=step.group_id.name or ", ".join(step.user_ids.mapped("name")),
                )
            )

    def _approval_decide(self, state, note):
        """Record the current user's decision on the current step, once, if they may take it."""
        step = self._approval_lock_current_step()
        self._approval_check_decider(step)
        step.sudo().write(
            {"state": state, "decided_by_id": self.env.user.id, "decided_on": fields.Datetime.now(), "note": note}
        )
        return step

    def action_approve(self, note=None):
        for doc in self:
            step = doc._approval_decide("approved", note)
            doc.message_post(
                body=self.env._("%(step)s approved by %(user)s.", step=step.name, user=self.env.user.name)
                + (f" {note}" if note else "")
            )
            following = doc.approval_ids.filtered(lambda s: s.state == "waiting").sorted("sequence")[:1]
            if following:
                following.sudo().state = "pending"
            else:
                doc._approval_finish()
        return True

    def action_reject(self, reason):
        if not (reason or "").strip():
            raise UserError(self.env._("Say why the request is rejected."))
        for doc in self:
            step = doc._approval_lock_current_step()
            doc._approval_check_decider(step)
            step.sudo().write(
                {
                    "state": "rejected",
                    "decided_by_id": self.env.user.id,
                    "decided_on": fields.Datetime.now(),
                    "note": reason,
                }
            )
            doc.approval_ids.filtered(lambda s: s.state == "waiting").sudo().state = "cancel"
            with workflow_writes():
                doc.approval_state = "rejected"
            doc.message_post(
                body=self.env._(
                    "%(step)s rejected by %(user)s: %(reason)s", step=step.name, user=self.env.user.name, reason=reason
                )
            )
            doc._on_rejected()
        return True

    def action_open_reject(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reject %(doc)s", doc=self.display_name),
            "res_model": "aftersales.approval.reject",
            "view_mode": "form",
            "target": "new",
            "context": {"default_res_model": self._name, "default_res_id": self.id},
        }

    def _approval_finish(self):
        now = fields.Datetime.now()
        with workflow_writes():
            for doc in self:
                doc.write(
                    {
                        "approval_state": "approved",
                        "approval_done_on": now,
                        "approval_amount_approved": doc._approval_amount(),
                    }
                )
        self._on_approved()

    def _approval_reset(self):
        """Back to draft: what was approved is no longer what the document says."""
        docs = self.filtered(lambda d: d.approval_state in ("to_approve", "approved"))
        if not docs:
            return
        docs.approval_ids.filtered(lambda s: s.state in ("waiting", "pending")).sudo().state = "cancel"
        with workflow_writes():
            docs.write({"approval_state": "draft", "approval_done_on": False})
        docs.message_post(body=self.env._("Changed after submission: back to draft, to be submitted again."))
        docs._on_approval_reset()

    def write(self, vals):
        result = super().write(vals)
        if self._approval_reset_fields and set(vals) & set(self._approval_reset_fields):
            self._approval_reset()
        return result

    def _on_approved(self):
        """Hook: the last step was approved (or none was needed)."""

    def _on_rejected(self):
        """Hook: a step was rejected."""

    def _on_approval_reset(self):
        """Hook: the document went back to draft."""
