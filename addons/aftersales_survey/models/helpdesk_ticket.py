from datetime import timedelta

from odoo import fields, models


class HelpdeskTicket(models.Model):
    """Closing or reopening a case from its callback (完成服务的进行关闭 / 驳回)."""

    _inherit = "helpdesk.ticket"

    callback_ids = fields.One2many("aftersales.callback", "ticket_id", string="Callbacks")

    def _aftersales_stage(self, xmlid, closed):
        stage = self.env.ref(xmlid, raise_if_not_found=False)
        if stage and stage.closed == closed:
            return stage
        return self.env["helpdesk.ticket.stage"].search(
            [("closed", "=", closed), ("aftersales_callback", "=", False)], order="sequence, id", limit=1
        )

    def _aftersales_close_after_callback(self):
        tickets = self.filtered(lambda ticket: not ticket.stage_id.closed)
        if tickets:
            tickets.stage_id = self._aftersales_stage("helpdesk_mgmt.helpdesk_ticket_stage_done", True)
            tickets.message_post(body=self.env._("Closed after the customer's callback."))

    def _aftersales_reopen_after_callback(self, callback):
        """驳回: back in progress, the supervisor has two days, the customer gets an answer today."""
        today = fields.Date.context_today(self)
        for ticket in self:
            ticket.stage_id = self._aftersales_stage("helpdesk_mgmt.helpdesk_ticket_stage_in_progress", False)
            ticket.message_post(
                body=self.env._(
                    "Reopened: the customer is not satisfied (%(callback)s). %(note)s",
                    callback=callback.name,
                    note=callback.note or "",
                )
            )
            supervisor = ticket._escalation_user(1) or ticket.company_id.aftersales_escalation_user_id
            ticket.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=today + timedelta(days=2),
                summary=self.env._("Unresolved after callback: settle it within 2 days"),
                user_id=(supervisor or self.env.user).id,
            )
            ticket.activity_schedule(
                "mail.mail_activity_data_call",
                date_deadline=today,
                summary=self.env._("Reply to the customer today"),
                user_id=(ticket.user_id or callback.user_id or self.env.user).id,
            )
