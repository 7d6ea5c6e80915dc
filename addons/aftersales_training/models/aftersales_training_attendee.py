from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.training import attendee_result, free_attendees

RESULTS = [("pending", "Pending"), ("passed", "Passed"), ("failed", "Failed"), ("absent", "Absent")]


class AftersalesTrainingAttendee(models.Model):
    """A person trained in a session: a station's staff member or one of the customer's operators."""

    _name = "aftersales.training.attendee"
    _description = "Training Attendee"
    _order = "session_id desc, id"
    _rec_name = "partner_id"

    session_id = fields.Many2one("aftersales.training.session", required=True, ondelete="cascade", index=True)
    course_id = fields.Many2one(related="session_id.course_id", store=True, index=True)
    date = fields.Datetime(related="session_id.date_start", store=True, string="Date")
    station_id = fields.Many2one(related="session_id.station_id", store=True, index="btree_not_null")
    company_id = fields.Many2one(related="session_id.company_id", store=True, index=True)
    partner_id = fields.Many2one("res.partner", string="Attendee", required=True, index=True)
    employer_id = fields.Many2one(
        "res.partner",
        compute="_compute_employer_id",
        store=True,
        readonly=False,
        help="The customer or station the attendee works for.",
    )
    vehicle_id = fields.Many2one(
        "aftersales.vehicle",
        compute="_compute_vehicle_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        help="The vehicle or installation this operator runs.",
    )
    attended = fields.Boolean(default=True)
    score = fields.Float(digits=(16, 1))
    result = fields.Selection(RESULTS, compute="_compute_result", store=True, index=True)
    is_free = fields.Boolean(
        string="Free of Charge",
        compute="_compute_is_free",
        store=True,
        help="Among the first operators of the vehicle trained free (Settings: free operators per vehicle).",
    )

    _sql_constraints = [
        ("attendee_once", "UNIQUE(session_id, partner_id)", "A person attends a session once."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        sessions = self.env["aftersales.training.session"].browse([vals.get("session_id") for vals in vals_list])
        sessions._check_results_open()
        return super().create(vals_list)

    def write(self, vals):
        self.session_id._check_results_open()
        return super().write(vals)

    def unlink(self):
        self.session_id._check_results_open()
        return super().unlink()

    @api.constrains("score")
    def _check_score(self):
        for attendee in self:
            if not 0 <= attendee.score <= 100:
                raise ValidationError(
                    self.env._(
                        "%(attendee)s: a score is between 0 and 100, not %(score)s.",
                        attendee=attendee.partner_id.name,
                        score=attendee.score,
                    )
                )

    @api.depends("partner_id")
    def _compute_employer_id(self):
        for attendee in self:
            attendee.employer_id = attendee.partner_id.commercial_partner_id

    @api.depends("session_id.vehicle_id")
    def _compute_vehicle_id(self):
        for attendee in self:
            attendee.vehicle_id = attendee.session_id.vehicle_id or attendee.vehicle_id

    @api.depends("attended", "score", "session_id.state", "course_id.pass_score")
    def _compute_result(self):
        for attendee in self:
            attendee.result = attendee_result(
                attendee.attended, attendee.score, attendee.course_id.pass_score, attendee.session_id.state == "done"
            )

    @api.depends("vehicle_id", "session_id.audience", "company_id.aftersales_training_free_operators")
    def _compute_is_free(self):
        operators = self.filtered(lambda a: a.vehicle_id and a.session_id.audience == "operator")
        (self - operators).is_free = False
        if not operators:
            return
        # The operators of these vehicles, in the order they came: the first persons are free, and a person
        # retaking the course is still the same operator.
        ordered = self.search(
            [("vehicle_id", "in", operators.vehicle_id.ids), ("session_id.audience", "=", "operator")],
            order="id",
        )
        first_of_person = {}
        for attendee in ordered:
            first_of_person.setdefault((attendee.vehicle_id.id, attendee.partner_id.id), attendee.id)
        by_vehicle = {}
        for (vehicle_id, _partner_id), attendee_id in sorted(first_of_person.items(), key=lambda item: item[1]):
            by_vehicle.setdefault(vehicle_id, []).append(attendee_id)
        for attendee in operators:
            free = free_attendees(
                by_vehicle.get(attendee.vehicle_id.id, []), attendee.company_id.aftersales_training_free_operators
            )
            attendee.is_free = first_of_person.get((attendee.vehicle_id.id, attendee.partner_id.id)) in free
