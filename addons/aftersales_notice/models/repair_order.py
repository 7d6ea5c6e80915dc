from odoo import fields, models
from odoo.tools.misc import format_date

from odoo.addons.aftersales_survey.tools.callback import callback_dates


class RepairOrder(models.Model):
    """交车通知: when a job is finished the customer is told its items and amounts, the next maintenance and
    the callback to expect (000#6), by email and SMS, both kept in the job's chatter."""

    _inherit = "repair.order"

    def action_repair_done(self):
        result = super().action_repair_done()
        self.filtered(
            lambda job: job.state == "done" and job.company_id.aftersales_notice_delivery
        )._aftersales_notify_delivery()
        return result

    def _aftersales_notify_delivery(self):
        """Email the customer who has an email address, text the one who has a mobile; both are queued (the
        mail and SMS queues send them once the job is saved) and posted on the job."""
        mail_template = self.env.ref("aftersales_notice.mail_template_delivery_notice", raise_if_not_found=False)
        sms_template = self.env.ref("aftersales_notice.sms_template_delivery_notice", raise_if_not_found=False)
        queued_sms = False
        for job in self.filtered("partner_id"):
            customer = job.partner_id
            mobile = customer.aftersales_mobile_e164 or customer.mobile
            if mail_template and customer.email:
                job.message_post_with_source(mail_template, subtype_xmlid="mail.mt_comment", force_send=False)
            if sms_template and mobile:
                job._message_sms_with_template(
                    template=sms_template,
                    partner_ids=customer.ids,
                    sms_pid_to_number={customer.id: mobile},
                    put_in_queue=True,
                )
                queued_sms = True
            if not customer.email and not mobile:
                job.message_post(
                    body=self.env._("No delivery notice sent: the customer has neither an email address nor a mobile."),
                    subtype_xmlid="mail.mt_note",
                )
        if queued_sms:
            self.env["sms.sms"]._aftersales_process_soon()

    def _aftersales_notice_lines(self):
        """The job's labour and parts as the customer reads them: what, how much, how many, who pays."""
        self.ensure_one()
        payers = dict(self.env["aftersales.repair.labour"]._fields["pay_type"]._description_selection(self.env))
        lines = [
            {
                "name": line.name or line.code or "",
                "quantity": f"{line.std_hours:g}",
                "amount": line.amount,
                "payer": payers.get(line.pay_type or "customer"),
            }
            for line in self.labour_ids
        ]
        lines += [
            {
                "name": move.product_id.display_name,
                "quantity": f"{move.product_uom_qty:g}",
                "amount": move.aftersales_amount,
                "payer": payers.get(move.pay_type or "customer"),
            }
            # The parts the job's totals count (aftersales_repair's _compute_pay_type_amounts).
            for move in self.move_ids
            if move.repair_line_type == "add"
        ]
        return lines

    def _aftersales_notice_callback_dates(self):
        """When the customer will be called back about this job: ``(from, by)``, the earliest of the company's
        callback rules for finished jobs whose scope takes it (as aftersales_survey's ``_events_repair_done``
        selects them), or None when no rule calls about it."""
        self.ensure_one()
        done = self.aftersales_done_date or fields.Date.context_today(self)
        # Callback rules are the call centre's configuration, read here for any user finishing a job.
        rules = (
            self.env["aftersales.callback.rule"]
            .sudo()
            .search([("company_id", "=", self.company_id.id), ("trigger", "=", "repair_done")])
        )
        windows = [
            callback_dates(done, rule.delay_days, rule.deadline_days)
            for rule in rules
            if rule.repair_scope == "all"
            or (rule.repair_scope == "warranty" and (self.amount_warranty or self.amount_goodwill))
            or (rule.repair_scope == "major" and self.repair_class == "overhaul")
        ]
        return min(windows) if windows else None

    def _aftersales_notice_callback_text(self):
        """The callback sentence of the delivery SMS, in the language it is rendered in; empty without one."""
        window = self._aftersales_notice_callback_dates()
        if not window:
            return ""
        return self.env._(
            "We will call you between %(start)s and %(end)s to hear how the repair went.",
            start=format_date(self.env, window[0]),
            end=format_date(self.env, window[1]),
        )
