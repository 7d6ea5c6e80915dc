from odoo import fields, models


class PortalWizardUser(models.TransientModel):
    """Granting portal access sends Odoo's invitation at once. When it could not leave (no outgoing
    mail server configured yet, delivery refused), the wizard shows the invitation link for the
    administrator to pass on, instead of the customer silently never hearing of it."""

    _inherit = "portal.wizard.user"

    aftersales_invitation_url = fields.Char(
        string="Invitation Link (not sent)",
        readonly=True,
        help="The invitation email could not be sent: give the customer this link to set their password.",
    )

    def _send_email(self):
        Mail = self.env["mail.mail"].sudo()
        sent_before = Mail.search([], order="id desc", limit=1).id
        result = super()._send_email()
        failed = Mail.search_count(
            [
                ("id", ">", sent_before),
                ("model", "=", self._name),
                ("res_id", "=", self.id),
                ("state", "=", "exception"),
            ]
        )
        url = False
        if failed:
            # The link of the invitation's button (portal.mail_template_data_portal_welcome), to pass on.
            user = self.user_id.sudo()
            url = user.partner_id.with_context(lang=user.lang)._get_signup_url()
        self.aftersales_invitation_url = url
        return result
