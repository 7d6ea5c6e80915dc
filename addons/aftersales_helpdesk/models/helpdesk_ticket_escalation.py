from odoo import api, fields, models
from odoo.tools.misc import get_lang

from odoo.addons.aftersales_base.tools.jobs import queue_rest

# Tier ladder: (level, deadline that passed, milestone that would have stopped it).
ESCALATION_STEPS = [
    (1, "sla_escalate_deadline", "first_response_date"),
    (2, "sla_restore_deadline", "restore_date"),
]


class HelpdeskTicket(models.Model):
    """Escalation of late cases: team leader first, then the after-sales manager; each step once."""

    _inherit = "helpdesk.ticket"

    @api.model
    def _cron_sla_escalation(self, batch_size=500):
        """Refresh the SLA states the clock has changed, then escalate; a batch per call (run as a queue
        job, it queues the next batch while some remain; as a plain cron, the scheduler calls again)."""
        # A scheduled job has no language: what it writes reads in the company's language.
        self = self.with_context(lang=get_lang(self.env).code)
        done, remaining = self._sla_refresh_states(batch_size)
        escalated = self._sla_escalate(batch_size)
        self.env["ir.cron"]._notify_progress(done=done + len(escalated), remaining=remaining)
        queue_rest(self, "_cron_sla_escalation", remaining, "aftersales_sla_escalation", batch_size=batch_size)
        return escalated

    @api.model
    def _sla_refresh_states(self, batch_size=500):
        """Recompute the state of the open cases whose state the clock has changed by now, and only those
        (``sla_state_next_change`` is due), oldest first, at most ``batch_size``; no tracking message
        (a state that moves with the clock is not news). Returns (refreshed, still due)."""
        due_domain = [("sla_state_next_change", "<=", fields.Datetime.now()), ("stage_id.closed", "=", False)]
        Ticket = self.with_context(tracking_disable=True)
        due = Ticket.search(due_domain, limit=batch_size, order="sla_state_next_change, id")
        for name in ("sla_state", "sla_state_next_change"):
            self.env.add_to_compute(self._fields[name], due)
        due.flush_recordset(["sla_state", "sla_state_next_change"])
        remaining = Ticket.search_count(due_domain) if len(due) == batch_size else 0
        return len(due), remaining

    @api.model
    def _sla_escalate(self, batch_size=500):
        now = fields.Datetime.now()
        escalated = self.browse()
        for level, deadline_field, done_field in ESCALATION_STEPS:
            due = self.search(
                [
                    ("stage_id.closed", "=", False),
                    ("escalation_level", "<", level),
                    (deadline_field, "<=", now),
                    (done_field, "=", False),
                ],
                limit=batch_size,
                order=f"{deadline_field}, id",
            )
            due = due._lock_below_level(level)
            due._escalate(level)
            escalated |= due
        return escalated

    def _lock_below_level(self, level):
        """Rows still below ``level`` that no other worker is escalating right now."""
        if not self:
            return self
        self.flush_recordset(["escalation_level"])
        self.env.cr.execute(
            "SELECT id FROM helpdesk_ticket WHERE id IN %s AND escalation_level < %s FOR UPDATE SKIP LOCKED",
            [tuple(self.ids), level],
        )
        locked = {row[0] for row in self.env.cr.fetchall()}
        self.invalidate_recordset(["escalation_level"])
        return self.filtered(lambda t: t.id in locked)

    def _escalation_user(self, level):
        manager = self.company_id.aftersales_escalation_user_id
        leader = self.team_id.user_id
        return (leader or manager) if level == 1 else (manager or leader)

    def _escalate(self, level):
        if not self:
            return
        self.write({"escalation_level": level})
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        model_id = self.env["ir.model"]._get_id(self._name)
        activities = []
        for ticket in self:
            user = ticket._escalation_user(level)
            # Written to the user it escalates to, in their language.
            _ = self.with_context(lang=user.lang or self.env.lang).env._
            reason = (
                _("no response by %(time)s", time=ticket.sla_escalate_deadline)
                if level == 1
                else _("service not restored by %(time)s", time=ticket.sla_restore_deadline)
            )
            body = _("Escalated to level %(level)s: %(reason)s.", level=level, reason=reason)
            ticket.message_post(
                body=body,
                partner_ids=user.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
            if user:
                activities.append(
                    {
                        "res_model_id": model_id,
                        "res_id": ticket.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "date_deadline": fields.Date.context_today(self),
                        "summary": _("Escalated case %(case)s", case=ticket.display_name),
                        "note": body,
                    }
                )
        self.env["mail.activity"].create(activities)
