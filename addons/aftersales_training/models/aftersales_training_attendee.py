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
            attendee.employer_id = attendee.employer_id or attendee.partner_id.commercial_partner_id

    @api.depends("session_id.vehicle_id")
    def _compute_vehicle_id(self):
        for attendee in self:
            attendee.vehicle_id = attendee.vehicle_id or attendee.session_id.vehicle_id

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
        # Every operator of these vehicles, in the order they came: the first ones are free.
        ordered = self.search(
            [("vehicle_id", "in", operators.vehicle_id.ids), ("session_id.audience", "=", "operator")],
            order="id",
        )
        by_vehicle = ordered.grouped("vehicle_id")
        for attendee in operators:
            free = attendee.company_id.aftersales_training_free_operators
            attendee.is_free = attendee.id in free_attendees(
                by_vehicle.get(attendee.vehicle_id, ordered.browse()).ids, free
            )
