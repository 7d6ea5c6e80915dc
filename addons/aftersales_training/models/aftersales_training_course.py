from odoo import api, fields, models

AUDIENCES = [("staff", "Station Staff"), ("operator", "Customer Operators")]


class AftersalesTrainingCourse(models.Model):
    """What is taught, to whom, and the score that passes."""

    _name = "aftersales.training.course"
    _description = "Training Course"
    _inherit = ["mail.thread"]
    _order = "name"

    name = fields.Char(required=True, translate=True, tracking=True)
    audience = fields.Selection(AUDIENCES, required=True, default="operator", tracking=True)
    duration_hours = fields.Float(string="Duration (h)", digits=(16, 1))
    pass_score = fields.Float(default=60.0, tracking=True, help="A score at least this high passes.")
    description = fields.Html(translate=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    session_ids = fields.One2many("aftersales.training.session", "course_id", string="Sessions")
    session_count = fields.Integer(compute="_compute_session_count")

    _sql_constraints = [
        ("pass_score_range", "CHECK(pass_score >= 0 AND pass_score <= 100)", "A pass score is between 0 and 100."),
    ]

    @api.depends("session_ids")
    def _compute_session_count(self):
        counts = dict(
            self.env["aftersales.training.session"]._read_group(
                [("course_id", "in", self.ids)], ["course_id"], ["__count"]
            )
        )
        for course in self:
            course.session_count = counts.get(course, 0)

    def action_view_sessions(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id("aftersales_training.aftersales_training_session_action")
        action["domain"] = [("course_id", "=", self.id)]
        action["context"] = {"default_course_id": self.id}
        return action
