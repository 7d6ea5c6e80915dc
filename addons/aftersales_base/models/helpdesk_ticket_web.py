import re

from odoo import api
from odoo import models
from odoo.exceptions import UserError
from odoo.tools import email_normalize
from odoo.tools import html2plaintext

from ..tools.vin import normalize_vin

PHONE_IN_TEXT = re.compile(r"(?:\+|00)?\d[\d\s\-()]{6,}\d")


class HelpdeskTicket(models.Model):
    """Cases opened from outside: the public web form and the helpdesk email alias."""

    _inherit = "helpdesk.ticket"

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

    @api.model
    def _create_from_web_form(self, post):
        """A case from the public form; its author is found by email or phone, or becomes a new contact."""
        name = (post.get("name") or "").strip()
        subject = (post.get("subject") or "").strip()
        description = (post.get("description") or "").strip()
        email, phone = (post.get("email") or "").strip(), (post.get("phone") or "").strip()
        if not (name and subject and description):
            raise UserError(self.env._("Give your name, a subject and a description of the problem."))
        if not (email or phone):
            raise UserError(self.env._("Give an email address or a phone number so that we can answer you."))
        if email and not email_normalize(email):
            raise UserError(self.env._("%(email)s is not an email address.", email=email))
        if len(description) > 10000 or len(subject) > 200:
            raise UserError(self.env._("The subject or the description is too long."))
        partner = self._aftersales_find_customer(email, phone)
        if not partner:
            partner = self.env["res.partner"].create({"name": name, "email": email or False, "phone": phone or False})
        vehicle = self.env["aftersales.vehicle"]
        if post.get("vin"):
            vehicle = vehicle.search(
                [
                    ("vin", "=", normalize_vin(post["vin"])),
                    ("partner_id", "child_of", partner.commercial_partner_id.id),
                ],
                limit=1,
            )
        return self.create(
            {
                "name": subject,
                "description": description,
                "partner_id": partner.id,
                "partner_name": name,
                "partner_email": email or partner.email,
                "vehicle_id": vehicle.id,
                "channel_id": self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web").id,
            }
        )

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """Mail to the helpdesk alias: an unknown sender is matched by a phone number in the message."""
        ticket = super().message_new(msg_dict, custom_values=custom_values)
        if not ticket.partner_id:
            for number in PHONE_IN_TEXT.findall(html2plaintext(msg_dict.get("body") or "")):
                partner = self.find_partner_by_phone(number)[:1]
                if partner:
                    ticket.partner_id = partner
                    break
        if ticket.partner_id and not ticket.channel_id:
            ticket.channel_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_email")
        return ticket
