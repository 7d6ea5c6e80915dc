from datetime import timedelta

from odoo import api, fields, models
from odoo.tools.misc import format_date, formatLang, get_lang

from odoo.addons.aftersales_base.tools.jobs import queue_rest
from odoo.addons.sms.tools.sms_tools import sms_content_to_rendered_html


class AftersalesVehicle(models.Model):
    """Maintenance reminders reach the owner too (000#6, 001), by email and SMS, once for each due date."""

    _inherit = "aftersales.vehicle"

    aftersales_owner_mobile = fields.Char(
        related="partner_id.aftersales_mobile_e164", string="Owner Mobile", help="Where the owner's SMS go."
    )
    aftersales_owner_reminded_date = fields.Date(
        string="Owner Reminded For",
        readonly=True,
        copy=False,
        help="The maintenance due date the owner was last reminded of by email or SMS.",
    )
    aftersales_owner_reminder_due = fields.Boolean(
        string="Owner Reminder Due",
        compute="_compute_aftersales_owner_reminder_due",
        store=True,
        index=True,
        help="The owner has not been reminded of the current due date yet.",
    )

    @api.depends("next_service_date", "aftersales_owner_reminded_date")
    def _compute_aftersales_owner_reminder_due(self):
        for vehicle in self:
            vehicle.aftersales_owner_reminder_due = bool(
                vehicle.next_service_date and vehicle.next_service_date != vehicle.aftersales_owner_reminded_date
            )

    @api.model
    def _cron_maintenance_reminders(self, batch_size=1000):
        """The advisers' activities (aftersales_base), then the owners' reminders, each pass taking at most
        ``batch_size`` vehicles; what is left runs next, as for the activities."""
        done = super()._cron_maintenance_reminders(batch_size=batch_size)
        reminded, remaining = self._aftersales_remind_owners(batch_size)
        if remaining:
            self.env["ir.cron"]._notify_progress(done=done + reminded, remaining=remaining)
            queue_rest(
                self,
                "_cron_maintenance_reminders",
                remaining,
                "aftersales_maintenance_reminders",
                batch_size=batch_size,
            )
        return done

    @api.model
    def _aftersales_remind_owners(self, batch_size=1000):
        """Remind the owners of the vehicles due within the company's reminder days and not reminded of that
        due date yet; returns ``(reminded, remaining)``."""
        self = self.with_context(lang=get_lang(self.env).code)
        today = fields.Date.context_today(self)
        done = remaining = 0
        for company in self.env["res.company"].search([("aftersales_notice_maintenance", "=", True)]):
            horizon = today + timedelta(days=company.aftersales_maintenance_reminder_days)
            domain = [
                ("company_id", "=", company.id),
                ("next_service_date", "<=", horizon),
                ("aftersales_owner_reminder_due", "=", True),
                (
                    "partner_id",
                    "any",
                    ["|", ("email", "!=", False), ("aftersales_mobile_e164", "!=", False)],
                ),
            ]
            if done < batch_size:
                vehicles = self.search(domain, limit=batch_size - done, order="next_service_date, id")
                vehicles._aftersales_notify_owners()
                done += len(vehicles)
            if done >= batch_size:
                remaining += self.search_count(domain)
        return done, remaining

    def _aftersales_notify_owners(self):
        """One batch of reminders, queued and logged in the vehicles' chatter for the whole batch at once;
        then each vehicle is marked reminded for its due date."""
        if not self:
            return
        by_email = self.filtered("partner_id.email")
        if by_email:
            # The mail composer's mass mode: rendered, queued and logged in batch.
            self.env["mail.compose.message"].with_context(
                default_composition_mode="mass_mail",
                default_model=self._name,
                default_res_ids=by_email.ids,
                default_template_id=self.env.ref("aftersales_notice.mail_template_maintenance_reminder").id,
            ).create({"force_send": False})._action_send_mail()
        self.filtered("aftersales_owner_mobile")._aftersales_queue_owner_sms()
        for due_date, vehicles in self.grouped("next_service_date").items():
            vehicles.aftersales_owner_reminded_date = due_date

    def _aftersales_queue_owner_sms(self):
        """Queue the reminder SMS of these vehicles, each logged in its vehicle's chatter. Not the SMS
        composer's mass mode: it sends one SMS per number, and an owner of two vehicles due gets one for each."""
        if not self:
            return
        template = self.env.ref("aftersales_notice.sms_template_maintenance_reminder")
        bodies = template._render_field("body", self.ids, compute_lang=True)
        messages = self._message_log_batch(
            bodies={vehicle_id: sms_content_to_rendered_html(body) for vehicle_id, body in bodies.items()},
            message_type="sms",
        )
        message_of = {message.res_id: message for message in messages}
        for company, vehicles in self.grouped("company_id").items():
            # The SMS go through the provider of the vehicle's company (see sms.sms._send).
            messages.filtered(lambda m, ids=set(vehicles.ids): m.res_id in ids).record_company_id = company
        self.env["sms.sms"].sudo().create(
            [
                {
                    "body": bodies[vehicle.id],
                    "number": vehicle.aftersales_owner_mobile,
                    "partner_id": vehicle.partner_id.id,
                    "mail_message_id": message_of[vehicle.id].id,
                }
                for vehicle in self
            ]
        )
        self.env["sms.sms"]._aftersales_process_soon()

    def _aftersales_next_service_text(self):
        """The next maintenance as the customer reads it: by a date or at a mileage, whichever comes first."""
        vehicle = self[:1]
        date = vehicle.next_service_date and format_date(self.env, vehicle.next_service_date)
        km = vehicle.next_service_km and formatLang(self.env, vehicle.next_service_km, digits=0)
        if date and km:
            return self.env._("%(date)s or at %(km)s km, whichever comes first", date=date, km=km)
        if date:
            return date
        if km:
            return self.env._("at %(km)s km", km=km)
        return self.env._("to be advised")
