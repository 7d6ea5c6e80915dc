from odoo import api, fields, models

from odoo.addons.aftersales_base.models.res_partner import SERVICE_ZONES

from ..tools.sla import deadline, next_milestone, next_state_change, sla_state, time_left
from .aftersales_sla_rule import SEVERITIES

SLA_STATES = [("on_track", "On Track"), ("at_risk", "At Risk"), ("breached", "Breached"), ("met", "Met")]
SLA_MILESTONES = [("response", "Response"), ("onsite", "On-Site Visit"), ("restore", "Restoration")]
# Each milestone: its deadline field and the date that meets it, in the order they fall due.
SLA_MILESTONE_FIELDS = [
    ("response", "sla_response_deadline", "first_response_date"),
    ("onsite", "sla_onsite_deadline", "onsite_date"),
    ("restore", "sla_restore_deadline", "restore_date"),
]


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
    sla_state_next_change = fields.Datetime(
        compute="_compute_sla_state",
        store=True,
        index="btree_not_null",
        string="SLA State Changes At",
        help="When the clock alone next changes the SLA state; the scheduled refresh reads only these cases.",
    )
    escalation_level = fields.Integer(default=0, copy=False, tracking=True, readonly=True)
    # Stored (they move only with the milestones, not with the clock) so that lists sort by what is due next.
    sla_next_milestone = fields.Selection(
        SLA_MILESTONES, compute="_compute_sla_next", store=True, string="Next Milestone"
    )
    sla_next_deadline = fields.Datetime(
        compute="_compute_sla_next",
        store=True,
        string="Next Deadline",
        help="Deadline of the first milestone not met yet: response, then on-site, then restoration.",
    )
    sla_time_left = fields.Char(
        compute="_compute_sla_time_left", string="Time Left", help="Until the next deadline, or how late past it."
    )

    @api.depends("partner_id.service_zone", "station_id.service_zone")
    def _compute_service_zone(self):
        for ticket in self:
            ticket.service_zone = (
                ticket.partner_id.service_zone or ticket.station_id.service_zone or ticket.service_zone or "city"
            )

    def _sla_response_hours(self, targets):
        """Complaints answer within the company's complaint reply time instead of the matrix."""
        if self.category_id.aftersales_is_complaint:
            return self.company_id.aftersales_complaint_reply_hours
        return targets.response_hours

    @api.depends("severity", "service_zone", "reported_date", "company_id", "category_id.aftersales_is_complaint")
    def _compute_sla_deadlines(self):
        rules = self.env["aftersales.sla.rule"]._rules_by_key(self.company_id)
        calendars = self.env["resource.calendar"]
        for ticket in self:
            targets = rules.get((ticket.company_id.id, ticket.severity, ticket.service_zone or "city"))
            ticket.sla_rule_id = targets and targets.rule_id
            if not targets:
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
            plan = calendars.browse(targets.calendar_id).plan_hours if targets.calendar_id else None
            ticket.sla_response_deadline = deadline(start, ticket._sla_response_hours(targets), plan)
            ticket.sla_escalate_deadline = deadline(start, targets.escalate_hours, plan)
            ticket.sla_onsite_deadline = deadline(start, targets.onsite_hours or None, plan)
            ticket.sla_restore_deadline = deadline(start, targets.restore_hours or None, plan)

    @api.depends(*(name for _key, *names in SLA_MILESTONE_FIELDS for name in names))
    def _compute_sla_state(self):
        now = fields.Datetime.now()
        for ticket in self:
            milestones = [(ticket[due], ticket[done]) for _key, due, done in SLA_MILESTONE_FIELDS]
            ticket.sla_state = sla_state(now, ticket.reported_date, milestones)
            ticket.sla_state_next_change = next_state_change(now, ticket.reported_date, milestones)

    @api.depends(*(name for _key, *names in SLA_MILESTONE_FIELDS for name in names))
    def _compute_sla_next(self):
        for ticket in self:
            ticket.sla_next_milestone, ticket.sla_next_deadline = next_milestone(
                [(key, ticket[due], ticket[done]) for key, due, done in SLA_MILESTONE_FIELDS]
            )

    @api.depends("sla_next_deadline")
    @api.depends_context("lang")
    def _compute_sla_time_left(self):
        """Words for the time left, computed when read (the clock moves; nothing to store)."""
        now = fields.Datetime.now()
        _ = self.env._
        words = {
            (False, "min"): lambda n: _("%(count)s min left", count=n),
            (True, "min"): lambda n: _("%(count)s min late", count=n),
            (False, "h"): lambda n: _("%(count)s h left", count=n),
            (True, "h"): lambda n: _("%(count)s h late", count=n),
            (False, "d"): lambda n: _("%(count)s days left", count=n),
            (True, "d"): lambda n: _("%(count)s days late", count=n),
        }
        for ticket in self:
            left = time_left(now, ticket.sla_next_deadline)
            ticket.sla_time_left = words[left[0], left[2]](left[1]) if left else False

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
