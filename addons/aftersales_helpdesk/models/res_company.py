from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_capa_effectiveness_target = fields.Float(
        string="CAPA Closure Effectiveness Target (%)",
        default=100.0,
        help="不合格项关闭有效率 (003): effective CAPA closures of all closures, including those found ineffective.",
    )
    aftersales_consultation_minutes_target = fields.Float(
        string="Consultation Time Target (min)",
        default=6.0,
        help="000#11: a consultation case is handled in under 6 minutes on average.",
    )
    aftersales_complaint_close_days = fields.Integer(
        string="Complaint Closing Time (days)",
        default=2,
        help="Complaints are closed within this time (000#13: 2 days).",
    )
    aftersales_complaint_close_target = fields.Float(
        string="Complaints Closed in Time Target (%)",
        default=100.0,
        help="Complaints closed within the closing time, of all complaints closed.",
    )
    aftersales_complaint_reply_hours = fields.Float(
        string="Complaint Reply Time (hours)",
        default=2.0,
        help="Complaints must be answered within this time "
        "(default 2 hours; some service charters ask for 10 minutes).",
    )
    aftersales_warranty_team_id = fields.Many2one(
        "helpdesk.ticket.team",
        string="Warranty Team",
        help="Cases outside the call centre's authority go to this team (质量保修室).",
    )
    aftersales_escalation_user_id = fields.Many2one(
        "res.users",
        string="Escalation Manager",
        help="Receives cases escalated beyond the team leader.",
    )

    _sql_constraints = [
        (
            "aftersales_complaint_reply_hours_positive",
            "CHECK(aftersales_complaint_reply_hours >= 0)",
            "The complaint reply time cannot be negative.",
        ),
    ]

    @api.model
    def _aftersales_default_rule_models(self):
        return super()._aftersales_default_rule_models() + ["aftersales.sla.rule"]
