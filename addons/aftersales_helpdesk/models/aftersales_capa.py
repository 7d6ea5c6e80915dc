from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

CAPA_STATES = [
    ("draft", "Notified"),
    ("analysis", "Analysis"),
    ("in_progress", "In Progress"),
    ("verification", "Verification"),
    ("effective", "Effective"),
    ("ineffective", "Ineffective"),
    ("done", "Done"),
]
# Transitions a button may make: target state -> states it may come from.
CAPA_TRANSITIONS = {
    "analysis": ("draft", "ineffective"),
    "in_progress": ("analysis",),
    "verification": ("in_progress",),
    "effective": ("verification",),
    "ineffective": ("verification",),
    "done": ("effective",),
}
EFFECTIVE_STATES = ("effective", "done")
VERIFICATION_RESULTS = [("effective", "Effective"), ("ineffective", "Not Effective")]


def closure_effectiveness(effective, ineffective):
    """不合格项关闭有效率 = effective closures / all closures, where a closure found ineffective counts too.

    None when nothing was closed yet.
    """
    closed = effective + ineffective
    return effective / closed if closed else None


class AftersalesCapa(models.Model):
    """纠正与预防措施通知单: started when the warranty office has no solution for a case."""

    _name = "aftersales.capa"
    _description = "Corrective and Preventive Action"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.numbered.mixin", "aftersales.rpc.mixin"]
    _sequence_code = "aftersales.capa"
    _order = "id desc"

    name = fields.Char(string="Notice Number")
    state = fields.Selection(CAPA_STATES, default="draft", required=True, tracking=True, index=True)
    nonconformity = fields.Text(required=True, help="What was found wrong (不合格项).")
    cause_analysis = fields.Text(help="Root cause found by the responsible department.")
    department = fields.Char(string="Responsible Department", tracking=True)
    user_id = fields.Many2one("res.users", string="Responsible", tracking=True, default=lambda self: self.env.user)
    date_due = fields.Date(string="Due Date", tracking=True)
    action_ids = fields.One2many("aftersales.capa.action", "capa_id", string="Actions")
    verification_note = fields.Text(help="How the effect was checked, and what was seen.")
    verified_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    verification_date = fields.Date(string="Verified On", readonly=True, copy=False, tracking=True)
    verification_result = fields.Selection(
        VERIFICATION_RESULTS,
        readonly=True,
        copy=False,
        tracking=True,
        help="What the last verification found; set by Effective or Not Effective.",
    )
    ineffective_count = fields.Integer(readonly=True, copy=False, help="Times the actions were found ineffective.")
    ticket_ids = fields.Many2many("helpdesk.ticket", string="Cases", check_company=True)
    close_tickets = fields.Boolean(
        string="Close Cases When Done", default=True, help="Closing an effective action closes its open cases."
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)

    def _workflow_fields(self):
        verification = self.env._("Effectiveness Verification")
        return dict(
            super()._workflow_fields(),
            verified_by_id=verification,
            verification_date=verification,
            verification_result=verification,
        )

    def _move(self, target):
        for capa in self:
            if capa.state not in CAPA_TRANSITIONS[target]:
                states = dict(CAPA_STATES)
                raise UserError(
                    self.env._(
                        "%(capa)s is %(state)s: it cannot move to %(target)s.",
                        capa=capa.name,
                        state=states[capa.state],
                        target=states[target],
                    )
                )
        self.write({"state": target})

    def action_analyse(self):
        self._move("analysis")

    def action_start(self):
        for capa in self:
            if not capa.action_ids:
                raise UserError(self.env._("Give %(capa)s at least one action before starting it.", capa=capa.name))
        self._move("in_progress")

    def action_verify(self):
        self._move("verification")

    def action_effective(self):
        self._move("effective")
        self._record_verification("effective")

    def action_ineffective(self):
        """Not effective: back to the responsible department for a new analysis."""
        self._move("ineffective")
        for capa in self:
            capa.ineffective_count += 1
        self._move("analysis")
        self._record_verification("ineffective")

    def _record_verification(self, result):
        """Who confirmed the result and when: the notice reports it (确认实施结果, 提报效果)."""
        with workflow_writes():
            self.write(
                {
                    "verified_by_id": self.env.user.id,
                    "verification_date": fields.Date.context_today(self),
                    "verification_result": result,
                }
            )

    def _aftersales_check_printable(self, report_name):
        """The notice (纠正与预防措施通知单) is the quality department's order to a responsible department:
        it exists once the analysis has named that department and set at least one action (what to do, by
        whom, by when). A CAPA still only notified (draft), without a department or without an action
        would print an order to nobody, or an order to do nothing."""
        if report_name != "aftersales_helpdesk.report_capa_notice":
            return
        for capa in self:
            if capa.state == "draft":
                raise UserError(
                    self.env._(
                        "%(capa)s is not analysed yet: the notice is issued once the analysis has named the "
                        "responsible department and its actions.",
                        capa=capa.name,
                    )
                )
            if not capa.department:
                raise UserError(
                    self.env._("%(capa)s has no responsible department: the notice is addressed to it.", capa=capa.name)
                )
            if not capa.action_ids:
                raise UserError(
                    self.env._(
                        "%(capa)s has no action yet: the notice tells the responsible department what to do and "
                        "by when.",
                        capa=capa.name,
                    )
                )

    def action_done(self):
        self._move("done")
        closed_stage = self.env["helpdesk.ticket.stage"].search([("closed", "=", True)], order="sequence", limit=1)
        tickets = self.filtered("close_tickets").ticket_ids.filtered(lambda t: not t.stage_id.closed)
        if closed_stage and tickets:
            tickets.write({"stage_id": closed_stage.id})

    @api.model
    def closure_effectiveness(self, domain=None):
        """不合格项关闭有效率 over the CAPAs of ``domain``, as a fraction (None when none was closed)."""
        effective = ineffective = 0
        for state, count, ineffective_sum in self._read_group(
            list(domain or []), ["state"], ["__count", "ineffective_count:sum"]
        ):
            effective += count if state in EFFECTIVE_STATES else 0
            ineffective += ineffective_sum
        return closure_effectiveness(effective, ineffective)
