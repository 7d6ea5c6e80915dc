from odoo import api
from odoo import fields
from odoo import models

from ..tools.sla import deadline
from ..tools.sla import sla_state
from .aftersales_sla_rule import SEVERITIES
from .res_partner import SERVICE_ZONES

SLA_STATES = [("on_track", "On Track"), ("at_risk", "At Risk"), ("breached", "Breached"), ("met", "Met")]


class HelpdeskTicket(models.Model):
    """Service levels of a case: deadlines from the severity matrix, milestones, state and escalation."""

    _inherit = "helpdesk.ticket"

    severity = fields.Selection(SEVERITIES, default="minor", required=True, tracking=True, index=True)
    service_zone = fields.Selection(
        SERVICE_ZONES,
        compute="_compute_service_zone",
        store=True,
        readonly=False,
        tracking=True,
        help="Where the customer is; selects the on-site target. Defaults from the customer, then the station.",
    )
    reported_date = fields.Datetime(
        default=fields.Datetime.now,
        required=True,
        index=True,
        copy=False,
        help="When the customer reported the case; the SLA clock starts here.",
    )
    sla_rule_id = fields.Many2one("aftersales.sla.rule", compute="_compute_sla_deadlines", store=True)
    sla_response_deadline = fields.Datetime(compute="_compute_sla_deadlines", store=True, string="Response Deadline")
    sla_escalate_deadline = fields.Datetime(compute="_compute_sla_deadlines", store=True, string="Escalation Time")
    sla_onsite_deadline = fields.Datetime(compute="_compute_sla_deadlines", store=True, string="On-Site Deadline")
    sla_restore_deadline = fields.Datetime(compute="_compute_sla_deadlines", store=True, string="Restore Deadline")
    first_response_date = fields.Datetime(copy=False, tracking=True)
    onsite_date = fields.Datetime(string="On-Site Date", copy=False, tracking=True)
    restore_date = fields.Datetime(copy=False, tracking=True)
    sla_state = fields.Selection(
        SLA_STATES, compute="_compute_sla_state", store=True, index=True, string="SLA", tracking=True
    )
    escalation_level = fields.Integer(default=0, copy=False, tracking=True, readonly=True)

    @api.depends("partner_id.service_zone", "station_id.service_zone")
    def _compute_service_zone(self):
        for ticket in self:
            ticket.service_zone = (
                ticket.partner_id.service_zone or ticket.station_id.service_zone or ticket.service_zone or "city"
            )

    def _sla_response_hours(self, rule):
        """Complaints answer within the company's complaint reply time instead of the matrix."""
        if self.category_id.aftersales_is_complaint:
            return self.company_id.aftersales_complaint_reply_hours
        return rule.response_hours

    @api.depends("severity", "service_zone", "reported_date", "company_id", "category_id.aftersales_is_complaint")
    def _compute_sla_deadlines(self):
        rules = self.env["aftersales.sla.rule"]._rules_by_key(self.company_id)
        for ticket in self:
            rule = rules.get((ticket.company_id.id, ticket.severity, ticket.service_zone or "city"))
            ticket.sla_rule_id = rule
            if not rule:
                ticket.update(
                    {
                        "sla_response_deadline": False,
                        "sla_escalate_deadline": False,
                        "sla_onsite_deadline": False,
                        "sla_restore_deadline": False,
                    }
                )
                continue
            start = ticket.reported_date or fields.Datetime.now()
            plan = rule.resource_calendar_id.plan_hours if rule.resource_calendar_id else None
            ticket.sla_response_deadline = deadline(start, ticket._sla_response_hours(rule), plan)
            ticket.sla_escalate_deadline = deadline(start, rule.escalate_hours, plan)
            ticket.sla_onsite_deadline = deadline(start, rule.onsite_hours or None, plan)
            ticket.sla_restore_deadline = deadline(start, rule.restore_hours or None, plan)

    @api.depends(
        "sla_response_deadline",
        "sla_onsite_deadline",
        "sla_restore_deadline",
        "first_response_date",
        "onsite_date",
        "restore_date",
    )
    def _compute_sla_state(self):
        now = fields.Datetime.now()
        for ticket in self:
            ticket.sla_state = sla_state(
                now,
                ticket.reported_date,
                [
                    (ticket.sla_response_deadline, ticket.first_response_date),
                    (ticket.sla_onsite_deadline, ticket.onsite_date),
                    (ticket.sla_restore_deadline, ticket.restore_date),
                ],
            )

    def _mark_milestone(self, field_name):
        self.filtered(lambda t: not t[field_name]).write({field_name: fields.Datetime.now()})

    def action_mark_responded(self):
        self._mark_milestone("first_response_date")

    def action_mark_onsite(self):
        self._mark_milestone("first_response_date")
        self._mark_milestone("onsite_date")

    def action_mark_restored(self):
        self._mark_milestone("first_response_date")
        self._mark_milestone("restore_date")

    def write(self, vals):
        result = super().write(vals)
        if vals.get("stage_id"):
            # Closing a case restores the service, if nobody said so before.
            self.filtered(lambda t: t.stage_id.closed)._mark_milestone("restore_date")
        return result

    def message_post(self, **kwargs):
        """A public reply by our staff is the first response."""
        message = super().message_post(**kwargs)
        if (
            message.message_type == "comment"
            and message.subtype_id == self.env.ref("mail.mt_comment")
            and message.author_id.with_context(active_test=False).user_ids.filtered(lambda u: not u.share)
        ):
            self._mark_milestone("first_response_date")
        return message
