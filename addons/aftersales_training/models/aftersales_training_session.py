from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes, workflow_writes_allowed

SESSION_STATES = [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")]


class AftersalesTrainingSession(models.Model):
    """One training held: the course, when and where, the trainer, the attendees and their results.

    Operators' training is for a customer and usually for the vehicle (or installation) handed over to
    them; station staff training belongs to a station."""

    _name = "aftersales.training.session"
    _description = "Training Session"
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.workflow.guard.mixin"]
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, readonly=True, copy=False, default=lambda self: self.env._("New"))
    course_id = fields.Many2one("aftersales.training.course", required=True, tracking=True, index=True)
    audience = fields.Selection(related="course_id.audience", store=True)
    date_start = fields.Datetime(string="Start", required=True, tracking=True, default=fields.Datetime.now)
    date_end = fields.Datetime(string="End", tracking=True)
    trainer_id = fields.Many2one("res.users", tracking=True, default=lambda self: self.env.user)
    place = fields.Char()
    station_id = fields.Many2one(
        "res.partner",
        string="Service Station",
        index="btree_not_null",
        tracking=True,
        domain="[('is_service_station', '=', True)]",
        help="The station whose staff is trained, or that trains the customer; its users see the session.",
    )
    partner_id = fields.Many2one("res.partner", string="Customer", index="btree_not_null", tracking=True)
    vehicle_id = fields.Many2one(
        "aftersales.vehicle",
        index="btree_not_null",
        tracking=True,
        help="The vehicle or installation handed over whose operators are trained.",
    )
    attendee_ids = fields.One2many("aftersales.training.attendee", "session_id", string="Attendees", copy=False)
    attendee_count = fields.Integer(compute="_compute_counts")
    passed_count = fields.Integer(compute="_compute_counts", string="Passed")
    state = fields.Selection(SESSION_STATES, default="planned", required=True, tracking=True, index=True)
    notes = fields.Html()
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)

    @api.depends("attendee_ids.result")
    def _compute_counts(self):
        for session in self:
            session.attendee_count = len(session.attendee_ids)
            session.passed_count = len(session.attendee_ids.filtered(lambda a: a.result == "passed"))

    @api.onchange("vehicle_id")
    def _onchange_vehicle_id(self):
        if self.vehicle_id:
            self.partner_id = self.vehicle_id.partner_id
            self.station_id = self.station_id or self.vehicle_id.station_id

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for session in self:
            if session.date_end and session.date_end < session.date_start:
                raise ValidationError(self.env._("%(session)s ends before it starts.", session=session.display_name))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code("aftersales.training.session") or "/"
        return super().create(vals_list)

    def _workflow_fields(self):
        return dict(super()._workflow_fields(), state=self.env._("Done, Cancel and Reset to Planned"))

    def action_done(self):
        """The session took place: every attendee's presence and score are recorded."""
        for session in self:
            if session.state != "planned":
                raise UserError(self.env._("%(session)s is not planned.", session=session.name))
            if not session.attendee_ids:
                raise UserError(self.env._("%(session)s has no attendee.", session=session.name))
            unscored = session.attendee_ids.filtered(lambda a: a.attended and not a.score)
            if unscored:
                raise UserError(
                    self.env._(
                        "%(session)s: record the score of %(attendees)s (or mark them absent).",
                        session=session.name,
                        attendees=", ".join(unscored.mapped("partner_id.name")),
                    )
                )
        with workflow_writes():
            self.write({"state": "done"})
        return True

    def action_cancel(self):
        for session in self.filtered(lambda s: s.state != "planned"):
            raise UserError(self.env._("%(session)s is not planned.", session=session.name))
        with workflow_writes():
            self.write({"state": "cancelled"})
        return True

    def action_reset(self):
        """Results recorded are evidence (the KPI counts them): only a manager reopens a session done."""
        if any(s.state == "done" for s in self) and not self.env.user.has_group(
            "aftersales_base.group_aftersales_manager"
        ):
            raise UserError(self.env._("Only an after-sales manager reopens a training session that is done."))
        with workflow_writes():
            self.write({"state": "planned"})
        return True

    def _check_results_open(self):
        """Attendees and scores change while the session is planned; after that only by reopening it."""
        if self.env.su or workflow_writes_allowed():
            return
        closed = self.filtered(lambda s: s.state != "planned")
        if closed:
            raise UserError(
                self.env._(
                    "%(session)s is no longer planned: its attendees and scores are kept as they were recorded.",
                    session=", ".join(closed.mapped("name")),
                )
            )

    @api.model
    def _cron_training_season_reminder(self, today=None):
        """In the training months (002: May and October), a to-do on every vehicle handed over whose operators
        have not passed training, for its service adviser, once a season."""
        today = today or fields.Date.context_today(self)
        Vehicle = self.env["aftersales.vehicle"]
        todo = self.env.ref("mail.mail_activity_data_todo")
        for company in self.env["res.company"].search([]):
            if today.month not in company._aftersales_training_months():
                continue
            # Written in the company's language (a scheduled job has none of its own).
            env = self.with_context(lang=company.partner_id.lang or self.env.lang).env
            summary = env._("Train the operators (%(year)s-%(month)02d)", year=today.year, month=today.month)
            vehicles = Vehicle.search(
                [
                    ("company_id", "=", company.id),
                    ("delivery_date", ">=", today - relativedelta(months=12)),
                    ("delivery_date", "<=", today),
                    ("operators_trained", "=", False),
                ]
            )
            reminded = self.env["mail.activity"].search(
                [("res_model", "=", "aftersales.vehicle"), ("res_id", "in", vehicles.ids), ("summary", "=", summary)]
            )
            already = set(reminded.mapped("res_id"))
            for vehicle in vehicles.filtered(lambda v, already=already: v.id not in already):
                vehicle.activity_schedule(
                    activity_type_id=todo.id,
                    summary=summary,
                    note=env._("Its operators have not passed training yet: plan a session."),
                    user_id=vehicle.user_id.id or self.env.user.id,
                )
