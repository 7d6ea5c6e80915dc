from odoo import api, fields, models
from odoo.exceptions import ValidationError

TRIGGERS = [
    ("ticket_closed", "Case Closure Requested"),
    ("repair_done", "Repair Job Finished"),
    ("vehicle_delivered", "Vehicle Delivered"),
    ("periodic", "Periodic (Key Customers)"),
]
REPAIR_SCOPES = [
    ("all", "All Jobs"),
    ("warranty", "Jobs with Warranty Lines"),
    ("major", "Major Repairs (Overhaul)"),
]


class AftersalesCallbackRule(models.Model):
    """回访规则: which events get a callback, when, by whom, with which questionnaire."""

    _name = "aftersales.callback.rule"
    _description = "Callback Rule"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    trigger = fields.Selection(TRIGGERS, required=True, default="repair_done")
    repair_scope = fields.Selection(
        REPAIR_SCOPES,
        default="warranty",
        help="Which finished jobs get a callback (保修期内回访率100%: every job with warranty lines).",
    )
    period_months = fields.Integer(
        string="Every (months)", default=6, help="Periodic callbacks: one per customer in each period of this length."
    )
    delay_days = fields.Integer(string="Call After (days)", help="Days after the event when the call is scheduled.")
    deadline_days = fields.Integer(string="Call Within (days)", default=7, help="Days after the event to call by.")
    satisfaction_target = fields.Float(
        string="Satisfaction Target (%)",
        default=95.0,
        help="000#11: consulting 98 %, on-site service and product 95 %; the satisfaction dashboard shows each "
        "rule's callbacks against it.",
    )
    lookback_days = fields.Integer(
        string="Events of the Last (days)",
        default=30,
        help="Only events this recent get a callback, so a new rule does not call about old jobs.",
    )
    survey_id = fields.Many2one(
        "survey.survey",
        string="Questionnaire",
        default=lambda self: self.env.ref("aftersales_survey.survey_callback", raise_if_not_found=False),
    )
    user_id = fields.Many2one("res.users", string="Assign To", help="Empty: the team member with the fewest calls.")
    team_user_ids = fields.Many2many("res.users", string="Callback Team", help="Agents sharing the calls.")
    callback_count = fields.Integer(compute="_compute_callback_count")

    @api.constrains("delay_days", "deadline_days", "period_months", "lookback_days")
    def _check_days(self):
        for rule in self:
            if min(rule.delay_days, rule.deadline_days, rule.lookback_days) < 0:
                raise ValidationError(self.env._("%(rule)s: days cannot be negative.", rule=rule.name))
            if rule.deadline_days < rule.delay_days:
                raise ValidationError(
                    self.env._("%(rule)s: the call cannot be due before it is scheduled.", rule=rule.name)
                )
            if rule.trigger == "periodic" and not 1 <= rule.period_months <= 12:
                raise ValidationError(self.env._("%(rule)s: a period is 1 to 12 months.", rule=rule.name))

    def _compute_callback_count(self):
        counts = dict(
            self.env["aftersales.callback"]._read_group([("rule_id", "in", self.ids)], ["rule_id"], ["__count"])
        )
        for rule in self:
            rule.callback_count = counts.get(rule, 0)

    def action_view_callbacks(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_survey.action_callback")
        action["domain"] = [("rule_id", "=", self.id)]
        return action
