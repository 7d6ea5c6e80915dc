from werkzeug import urls

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.aftersales_base.tools.locking import lock_rows_nowait

from ..tools.callback import SATISFIED_MIN_SCORE, next_attempt, score

CALLBACK_STATES = [
    ("scheduled", "Scheduled"),
    ("done", "Done"),
    ("unreachable", "Unreachable"),
    ("cancel", "Cancelled"),
]
OUTCOMES = [("satisfied", "Satisfied"), ("resolved", "Resolved"), ("unresolved", "Unresolved")]


class AftersalesCallback(models.Model):
    """回访: one call back to a customer after an event, with its questionnaire and outcome."""

    _name = "aftersales.callback"
    _description = "Customer Callback"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.numbered.mixin", "aftersales.rpc.mixin"]
    _sequence_code = "aftersales.callback"
    _order = "deadline, scheduled_date, id"

    rule_id = fields.Many2one("aftersales.callback.rule", readonly=True, index=True, check_company=True)
    event_key = fields.Char(readonly=True, copy=False, help="The event called about; one callback per rule and event.")
    state = fields.Selection(CALLBACK_STATES, default="scheduled", required=True, tracking=True, index=True)
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Case", index="btree_not_null", tracking=True, check_company=True
    )
    repair_id = fields.Many2one("repair.order", string="Repair Job", index="btree_not_null", check_company=True)
    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", check_company=True)
    model_id = fields.Many2one(related="vehicle_id.product_id", string="Model", store=True)
    partner_id = fields.Many2one("res.partner", string="Customer", required=True, index=True, check_company=True)
    phone = fields.Char(related="partner_id.phone")
    mobile = fields.Char(related="partner_id.mobile")
    station_id = fields.Many2one("res.partner", string="Service Station", index="btree_not_null", check_company=True)
    technician_id = fields.Many2one("res.users", help="Who did the job called about.")
    user_id = fields.Many2one("res.users", string="Agent", tracking=True, index=True)
    scheduled_date = fields.Date(string="Call On", required=True, tracking=True)
    deadline = fields.Date(string="Call By", required=True, index=True)
    is_late = fields.Boolean(compute="_compute_is_late", search="_search_is_late")
    attempt_count = fields.Integer(string="Attempts", readonly=True, copy=False)
    survey_id = fields.Many2one("survey.survey", string="Questionnaire")
    user_input_id = fields.Many2one("survey.user_input", string="Answers", readonly=True, copy=False)
    score = fields.Float(readonly=True, copy=False, aggregator="avg", help="0-100, from the answers.")
    outcome = fields.Selection(OUTCOMES, tracking=True, copy=False)
    note = fields.Text(string="Call Notes")
    done_date = fields.Date(readonly=True, copy=False, index=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)

    _sql_constraints = [
        ("event_once", "UNIQUE(rule_id, event_key)", "This event already has its callback."),
        ("deadline_after_call", "CHECK(deadline >= scheduled_date)", "A callback cannot be due before its call."),
    ]

    @api.depends_context("date")
    @api.depends("deadline", "state")
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for callback in self:
            callback.is_late = callback.state == "scheduled" and callback.deadline < today

    def _search_is_late(self, operator, value):
        late = [("state", "=", "scheduled"), ("deadline", "<", fields.Date.context_today(self))]
        return late if (operator == "=") == bool(value) else ["!", "&", *late]

    # Calling ------------------------------------------------------------------------------------

    def _check_open(self):
        """Lock the callbacks being recorded: of two agents recording one call, the second is told."""
        self.flush_recordset(["state"])
        rows = lock_rows_nowait(
            self.env,
            "SELECT id FROM aftersales_callback WHERE id IN %s AND state = 'scheduled' FOR UPDATE NOWAIT",
            [tuple(self.ids) or (0,)],
            self.env._("Someone else is recording this callback right now; try again in a moment."),
        )
        self.invalidate_recordset(["state"])
        scheduled = {row[0] for row in rows}
        for callback in self:
            if callback.id not in scheduled:
                raise UserError(self.env._("%(callback)s is no longer scheduled.", callback=callback.name))

    def action_unreachable(self):
        """Nobody answered: call again later, until the company's number of attempts is used up."""
        self._check_open()
        now = fields.Datetime.now()
        for callback in self:
            company = callback.company_id
            attempts = callback.attempt_count + 1
            state, again = next_attempt(
                now, attempts, company.aftersales_callback_attempts, company.aftersales_callback_retry_hours
            )
            values = {"attempt_count": attempts, "state": state}
            if again:
                values["scheduled_date"] = max(fields.Date.context_today(self, again), callback.scheduled_date)
                values["deadline"] = max(callback.deadline, values["scheduled_date"])
            callback.write(values)
            callback.message_post(
                body=self.env._("Call attempt %(count)s not answered.", count=attempts)
                if again
                else self.env._("Unreachable after %(count)s attempts.", count=attempts)
            )
        return True

    def _ensure_user_input(self, partner=None):
        """The questionnaire answer of this callback for ``partner`` (the customer by default), created once.

        Survey answers belong to whoever fills them in: an agent filling it during the call gets an
        answer of their own, linked to the callback like the customer's.
        """
        for callback in self:
            respondent = partner or callback.partner_id
            if callback.user_input_id and callback.user_input_id.partner_id == respondent:
                continue
            survey = callback.survey_id or callback.rule_id.survey_id
            if not survey:
                raise UserError(self.env._("%(callback)s has no questionnaire.", callback=callback.name))
            answer = survey.sudo()._create_answer(
                partner=respondent, check_attempts=False, aftersales_callback_id=callback.id
            )
            callback.write({"user_input_id": answer.id, "survey_id": survey.id})
        return self.user_input_id

    def action_fill_survey(self):
        """The agent fills the questionnaire with the customer on the phone."""
        self.ensure_one()
        self._check_open()
        answer = self._ensure_user_input(self.env.user.partner_id)
        return answer.survey_id.action_start_survey(answer=answer)

    def action_send_survey(self):
        """Email the customer a personal link to the questionnaire."""
        self._check_open()
        template = self.env.ref("aftersales_survey.mail_template_callback_survey")
        for callback in self:
            if not callback.partner_id.email:
                raise UserError(
                    self.env._("%(customer)s has no email address.", customer=callback.partner_id.display_name)
                )
            callback._ensure_user_input()
            callback.message_post_with_source(template, subtype_xmlid="mail.mt_comment")
        return True

    def survey_url(self):
        """The customer's personal, absolute link to the questionnaire (for emails)."""
        self.ensure_one()
        return urls.url_join(self.get_base_url(), self.user_input_id.get_start_url())

    def _on_survey_done(self):
        """Answers received: the score follows them, and a good score closes the callback as satisfied.

        The customer answering from the emailed link is the public user: what follows is done by the
        callback's owner (author of the messages, assignee of the activities), and the customer gets the
        thank-you page even when the case refuses to close.
        """
        user = self.env.user
        for callback in self:
            acting = user if not user.share else callback._aftersales_owner()
            as_owner = callback.with_user(acting).with_context(lang=acting.lang or self.env.lang)
            as_owner.sudo()._aftersales_apply_answers()

    def _aftersales_owner(self):
        """Who answers for the callback: its agent, else the case's agent, else the escalation manager."""
        self.ensure_one()
        candidates = (
            self.user_id,
            self.ticket_id.user_id,
            self.company_id.aftersales_escalation_user_id,
            self.ticket_id.company_id.aftersales_escalation_user_id,
        )
        owner = next((user for user in candidates if user and user.active and not user.share), None)
        return owner or self.env.ref("base.user_root")

    def _aftersales_apply_answers(self):
        self.ensure_one()
        lines = self.user_input_id.user_input_line_ids.filtered(
            lambda line: line.question_id.question_type == "simple_choice" and line.suggested_answer_id
        )
        self.score = score(lines.mapped("answer_score"))
        if self.state != "scheduled" or not lines:
            return
        if min(lines.mapped("answer_score")) >= SATISFIED_MIN_SCORE:
            self._aftersales_close_satisfied()
        else:
            # A low mark is not a verdict yet: the agent calls to find out what is unresolved.
            self.activity_schedule(
                "mail.mail_activity_data_call",
                user_id=(self.user_id or self.env.user).id,
                note=self.env._("The customer answered with a low mark (%(score)s): call back.", score=self.score),
            )

    def _aftersales_close_satisfied(self):
        """Close the callback and its case; when that is refused (a complaint without its root cause, say),
        both stay open with the answers, and the owner is told why in an activity on the case."""
        try:
            with self.env.cr.savepoint():
                self.outcome = self.outcome or "satisfied"
                self.action_done()
        except (UserError, ValidationError) as error:
            (self.ticket_id or self).activity_schedule(
                "mail.mail_activity_data_todo",
                summary=self.env._("Satisfied customer, but not closed"),
                note=self.env._(
                    "The customer answered %(callback)s satisfied, but it could not be closed: %(reason)s",
                    callback=self.name,
                    reason=error.args[0],
                ),
                user_id=self.env.user.id,
            )

    # Closing ------------------------------------------------------------------------------------

    def action_done(self):
        """Record the outcome: satisfied or resolved closes the case, unresolved reopens and escalates it."""
        self._check_open()
        for callback in self:
            if not callback.outcome:
                raise UserError(self.env._("Choose the outcome of %(callback)s first.", callback=callback.name))
        self.write({"state": "done", "done_date": fields.Date.context_today(self)})
        closing = self.filtered(lambda c: c.outcome in ("satisfied", "resolved"))
        closing.ticket_id._aftersales_close_after_callback()
        for callback in self - closing:
            callback.ticket_id._aftersales_reopen_after_callback(callback)
        return True

    def action_cancel(self):
        self._check_open()
        self.write({"state": "cancel"})
        return True
