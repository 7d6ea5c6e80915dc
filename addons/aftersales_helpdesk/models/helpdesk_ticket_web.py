import re
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.osv.expression import AND, OR
from odoo.tools import consteq, email_normalize, escape_psql, html2plaintext, plaintext2html
from odoo.tools.mail import html_to_inner_content

from odoo.addons.aftersales_base.tools.phone import normalize_phone
from odoo.addons.aftersales_base.tools.vin import normalize_vin, vin_problem
from odoo.addons.aftersales_base.tools.workflow import workflow_writes

PHONE_IN_TEXT = re.compile(r"(?:\+|00)?\d[\d\s\-()]{6,}\d")
HTML_TAG = re.compile(r"<[^>]+>")
# The web form's limits; its inputs carry the same maxlength.
NAME_MAX = 100
PHONE_MAX = 32
EMAIL_MAX = 254
SUBJECT_MAX = 200
DESCRIPTION_MAX = 10000
HOURLY_LIMIT_PARAM = "aftersales.web_case_hourly_limit"
HOURLY_LIMIT_DEFAULT = 5


class HelpdeskTicket(models.Model):
    """Cases opened from outside: the public web form and the helpdesk email alias.

    Typing somebody's email or phone number proves nothing: such a case is not attached to that customer
    (their portal, their chatter) until the customer confirms it from the mailed link or staff confirm it.
    """

    _inherit = "helpdesk.ticket"

    aftersales_claimed_partner_id = fields.Many2one(
        "res.partner",
        string="Possible Customer",
        readonly=True,
        copy=False,
        tracking=True,
        index="btree_not_null",
        help="The known customer whose email or phone number the sender gave. The case is attached to them "
        "once they confirm it from the mailed link, or once staff confirm it.",
    )
    aftersales_reported_vin = fields.Char(
        string="Reported VIN", copy=False, help="The VIN the sender typed; linked once the customer is confirmed."
    )
    aftersales_reported_phone = fields.Char(
        string="Reported Phone", readonly=True, copy=False, help="The phone number the sender typed, as E.164."
    )
    aftersales_remote_addr = fields.Char(
        string="Sender IP Address",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups="aftersales_base.group_aftersales_manager",
    )

    def _workflow_fields(self):
        intake = self.env._("Web Form Intake")
        return dict(
            super()._workflow_fields(),
            aftersales_claimed_partner_id=intake,
            aftersales_reported_phone=intake,
            aftersales_remote_addr=intake,
        )

    @api.model
    def _aftersales_find_customer(self, email=None, phone=None):
        """The customer an outsider is: by email first, then by phone; an empty recordset when unknown."""
        Partner = self.env["res.partner"]
        normalized = email_normalize(email or "")
        if normalized:
            partner = Partner.search([("email_normalized", "=", normalized)], limit=1)
            if partner:
                return partner
        if phone:
            return self.find_partner_by_phone(phone)[:1]
        return Partner

    # Web form -----------------------------------------------------------------------------------

    @api.model
    def _aftersales_web_form_values(self, post):
        """The form's fields checked for size and shape; refused with a message the sender can act on."""
        _ = self.env._
        name = " ".join((post.get("name") or "").split())
        subject = " ".join((post.get("subject") or "").split())
        description = (post.get("description") or "").replace("\r\n", "\n").strip()
        email, phone = (post.get("email") or "").strip(), (post.get("phone") or "").strip()
        vin = normalize_vin(post.get("vin"))
        if not (name and subject and description):
            raise UserError(_("Give your name, a subject and a description of the problem."))
        if len(name) > NAME_MAX:
            raise UserError(_("Your name is too long: at most %(max)s characters.", max=NAME_MAX))
        if not any(char.isalpha() for char in name):
            raise UserError(_("Write your name in letters."))
        if not (email or phone):
            raise UserError(_("Give an email address or a phone number so that we can answer you."))
        if email and (len(email) > EMAIL_MAX or not email_normalize(email)):
            raise UserError(_("%(email)s is not an email address.", email=email[:EMAIL_MAX]))
        phone_e164 = False
        if phone:
            if len(phone) > PHONE_MAX:
                raise UserError(_("The phone number is too long: at most %(max)s characters.", max=PHONE_MAX))
            phone_e164 = normalize_phone(phone, self.env.company.aftersales_phone_region)
            if not phone_e164:
                raise UserError(_("%(phone)s is not a phone number we can call.", phone=phone))
        if vin and vin_problem(vin):
            raise UserError(self.env["aftersales.vehicle"]._vin_problem_message(vin[:40], vin_problem(vin)))
        if len(subject) > SUBJECT_MAX:
            raise UserError(_("The subject is too long: at most %(max)s characters.", max=SUBJECT_MAX))
        if HTML_TAG.search(subject):
            subject = html_to_inner_content(subject)
            if not subject:
                raise UserError(_("Give a subject in words."))
        if len(description) > DESCRIPTION_MAX:
            raise UserError(_("The description is too long: at most %(max)s characters.", max=DESCRIPTION_MAX))
        return {
            "name": name,
            "email": email,
            "phone": phone,
            "phone_e164": phone_e164,
            "vin": vin,
            "subject": subject,
            "description": description,
        }

    @api.model
    def _aftersales_check_web_rate(self, email, phone_e164, remote_addr):
        """At most N web cases an hour from one email or phone, and from one IP address (N: a system parameter).

        A flood of cases buries the real ones and mails whoever's address is typed: it stops at the form.
        """
        param = self.env["ir.config_parameter"].sudo().get_param(HOURLY_LIMIT_PARAM, HOURLY_LIMIT_DEFAULT)
        try:
            limit = max(int(param), 0)
        except ValueError:
            limit = HOURLY_LIMIT_DEFAULT
        recent = [
            ("channel_id", "=", self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web").id),
            ("create_date", ">=", fields.Datetime.now() - timedelta(hours=1)),
        ]
        sender = []
        if email:
            sender.append([("partner_email", "=ilike", escape_psql(email))])
        if phone_e164:
            sender.append([("aftersales_reported_phone", "=", phone_e164)])
        Ticket = self.sudo().with_context(active_test=False)
        if sender and Ticket.search_count(AND([recent, OR(sender)]), limit=limit + 1) >= limit:
            raise UserError(
                self.env._(
                    "We have received %(limit)s cases from this email address or phone number within the hour. "
                    "Please wait before sending another one, or call us.",
                    limit=limit,
                )
            )
        if (
            remote_addr
            and Ticket.search_count(recent + [("aftersales_remote_addr", "=", remote_addr)], limit=limit + 1) >= limit
        ):
            raise UserError(
                self.env._(
                    "We have received %(limit)s cases from your network within the hour. "
                    "Please wait before sending another one, or call us.",
                    limit=limit,
                )
            )

    @api.model
    def _create_from_web_form(self, post, author=None, remote_addr=None):
        """A case from the web form, checked and throttled; who it belongs to depends on who sends it.

        ``author``: the partner of the logged-in user sending it (None for a visitor), whose case it is.
        A visitor giving a known customer's email or phone is only a *possible* customer: the case stays
        unattached until confirmed (a mail to that email asks). A visitor matching nobody becomes a contact.
        """
        values = self._aftersales_web_form_values(post)
        self._aftersales_check_web_rate(values["email"], values["phone_e164"], remote_addr)
        Partner = self.env["res.partner"]
        partner, claimed = author or Partner, Partner
        if not partner:
            claimed = self._aftersales_find_customer(values["email"], values["phone"])
            if not claimed:
                partner = Partner.create(
                    {"name": values["name"], "email": values["email"] or False, "phone": values["phone"] or False}
                )
        ticket = self.create(
            {
                "name": values["subject"],
                "description": plaintext2html(values["description"]),
                "partner_id": partner.id,
                "partner_name": values["name"],
                "partner_email": values["email"] or partner.email,
                "aftersales_claimed_partner_id": claimed.id,
                "aftersales_reported_vin": values["vin"] or False,
                "aftersales_reported_phone": values["phone_e164"],
                "aftersales_remote_addr": remote_addr or False,
                "vehicle_id": self._aftersales_customer_vehicle(partner, values["vin"]).id,
                "channel_id": self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web").id,
                # Helpdesk's auto-assignment would give it to whoever submits it (the public user).
                "user_id": False,
            }
        )
        email = email_normalize(values["email"])
        if claimed and email and claimed.email_normalized == email:
            ticket._aftersales_send_confirmation()
        return ticket

    @api.model
    def _aftersales_customer_vehicle(self, partner, vin):
        """The vehicle with this VIN among the customer's (their company's) vehicles, if any."""
        Vehicle = self.env["aftersales.vehicle"]
        if not (partner and vin):
            return Vehicle
        return Vehicle.search(
            [("vin", "=", normalize_vin(vin)), ("partner_id", "child_of", partner.commercial_partner_id.id)], limit=1
        )

    def _aftersales_send_confirmation(self):
        """Mail the possible customer a link that attaches the case to them: only the mailbox owner can open it."""
        template = self.env.ref("aftersales_helpdesk.mail_template_web_case_confirm")
        for ticket in self:
            ticket._portal_ensure_token()
            template.send_mail(ticket.id, email_layout_xmlid="mail.mail_notification_light")

    def _aftersales_confirmable_by_token(self, token):
        """Whether the mailed link's token may attach this case to its possible customer (or already did)."""
        self.ensure_one()
        if not (self.access_token and token and consteq(self.access_token, token)):
            return False
        claimed = self.aftersales_claimed_partner_id
        if self.partner_id:
            return bool(claimed) and self.partner_id == claimed
        # The token proves the mailbox only: a case claimed by phone is for staff to confirm.
        return bool(claimed.email_normalized) and claimed.email_normalized == email_normalize(self.partner_email or "")

    def _aftersales_confirm_by_token(self, token):
        """The customer confirmed from the mailed link: with the case's token, the case becomes theirs."""
        self.ensure_one()
        if not self._aftersales_confirmable_by_token(token):
            return False
        if not self.partner_id:
            self._aftersales_attach_claimed_customer(author=self.aftersales_claimed_partner_id)
        return True

    def _aftersales_attach_claimed_customer(self, author=None):
        """``author``: who confirmed it, when not the current user (the customer following the mailed link)."""
        for ticket in self:
            partner = ticket.aftersales_claimed_partner_id
            values = {"partner_id": partner.id}
            if not ticket.vehicle_id:
                values["vehicle_id"] = self._aftersales_customer_vehicle(partner, ticket.aftersales_reported_vin).id
            ticket.write(values)
            ticket.message_post(
                body=self.env._("The case is attached to %(customer)s.", customer=partner.display_name),
                subtype_xmlid="mail.mt_note",
                author_id=author.id if author else None,
            )

    def action_aftersales_confirm_customer(self):
        """Staff checked who the sender is (called back, compared the details): attach the case."""
        if not self.env.user.has_group("aftersales_base.group_aftersales_user"):
            raise AccessError(self.env._("Only after-sales staff confirm who sent a case."))
        tickets = self.filtered(lambda t: t.aftersales_claimed_partner_id and not t.partner_id)
        tickets._aftersales_attach_claimed_customer()
        return True

    # Email alias --------------------------------------------------------------------------------

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """Mail to the helpdesk alias: a phone number in an unknown sender's message names a *possible* customer.

        Anybody can write a customer's number in a mail; staff confirm before the case is theirs.
        """
        ticket = super().message_new(msg_dict, custom_values=custom_values)
        if not ticket.partner_id and not ticket.aftersales_claimed_partner_id:
            for number in PHONE_IN_TEXT.findall(html2plaintext(msg_dict.get("body") or "")):
                partner = self.find_partner_by_phone(number)[:1]
                if partner:
                    with workflow_writes():
                        ticket.aftersales_claimed_partner_id = partner
                    break
        if ticket.partner_id and not ticket.channel_id:
            ticket.channel_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_email")
        return ticket
