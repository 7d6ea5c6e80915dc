import logging

from odoo import api, fields, models

_logger = logging.getLogger(__name__)


class SmsSms(models.Model):
    """Every SMS Odoo sends goes through ``_send``: the company's provider choice is applied there."""

    _inherit = "sms.sms"

    aftersales_failure_reason = fields.Text(
        string="Failure Reason", readonly=True, copy=False, help="What the SMS provider answered or raised."
    )

    def _send(self, unlink_failed=False, unlink_sent=True, raise_exception=False):
        """Send each company's SMS with its provider: Odoo's IAP (standard), another addon's provider, or
        none, in which case the SMS stay queued (outgoing), listed as unsent, until a provider is chosen."""
        for company, batch in self.sudo()._aftersales_group_by_company().items():
            provider = company.aftersales_sms_provider
            if provider == "odoo":
                super(SmsSms, batch)._send(
                    unlink_failed=unlink_failed, unlink_sent=unlink_sent, raise_exception=raise_exception
                )
                continue
            sender = company._aftersales_sms_sender()
            if sender is None:
                if provider != "none":
                    _logger.warning("SMS provider %r of %s is not installed: SMS kept queued", provider, company.name)
                continue
            batch._aftersales_send_with(sender, unlink_sent=unlink_sent, raise_exception=raise_exception)
        return None

    def _aftersales_group_by_company(self):
        """The SMS of each company: that of the document the SMS was posted on, else the current one."""
        default = self.env.company
        return self.grouped(lambda sms: sms.mail_message_id.record_company_id or default)

    def _aftersales_send_with(self, sender, unlink_sent=True, raise_exception=False):
        """Hand the SMS to a provider. It returns ``{sms id: reason}`` for the SMS it refused, or raises when
        the whole batch failed. Failed SMS are kept in error with the reason, whatever the caller asked, so
        that they can be retried (Odoo's Retry / Resend); the sent ones follow Odoo's rule (``unlink_sent``)."""
        failure_type = "unknown"
        try:
            with self.env.cr.savepoint():
                refused = sender(self) or {}
        except Exception as error:
            if raise_exception:
                raise
            _logger.warning("SMS provider failed on %s SMS %s: %s", len(self), self.ids, error)
            refused = dict.fromkeys(self.ids, str(error) or type(error).__name__)
            failure_type = "sms_server"
        else:
            _logger.info("SMS provider sent %s SMS %s, refused %s", len(self), self.ids, list(refused))
        batch = self.with_context(sms_skip_msg_notification=True)
        sent = batch.filtered(lambda sms: sms.id not in refused)
        if sent:
            sent.sms_tracker_id._action_update_from_sms_state("pending")
            sent.write(
                {
                    "state": "pending",
                    "failure_type": False,
                    "aftersales_failure_reason": False,
                    "to_delete": unlink_sent,
                }
            )
        for reason, failed in (batch - sent).grouped(lambda sms: refused[sms.id]).items():
            failed.sms_tracker_id._action_update_from_sms_state(
                "error", failure_type=failure_type, failure_reason=reason
            )
            failed.write({"state": "error", "failure_type": failure_type, "aftersales_failure_reason": reason})
        self.mail_message_id._notify_message_notification_update()

    def _update_sms_state_and_trackers(self, new_state, failure_type=None):
        """After-sales managers retry and cancel SMS from the unsent list: their tracking records (notifications
        of other authors) are technical, updated once their access to the SMS is checked."""
        self.check_access("write")
        result = super(SmsSms, self.sudo())._update_sms_state_and_trackers(new_state, failure_type=failure_type)
        if new_state == "outgoing":
            self.sudo().aftersales_failure_reason = False
            self._aftersales_process_soon()
        return result

    @api.model
    def _aftersales_process_soon(self):
        """Run the SMS queue as soon as this transaction is committed, not at its next hourly run."""
        cron = self.env.ref("sms.ir_cron_sms_scheduler_action", raise_if_not_found=False)
        if cron:
            cron.sudo()._trigger()
