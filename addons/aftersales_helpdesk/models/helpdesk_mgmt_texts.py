from odoo import api, models
from odoo.tools.misc import get_lang


class HelpdeskTicket(models.Model):
    """Texts helpdesk_mgmt writes from Python: Odoo reads their translation in helpdesk_mgmt's own files
    only, and it ships no Chinese; we write them ourselves."""

    _inherit = "helpdesk.ticket"

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        if not msg_dict.get("subject"):
            # The mail gateway has no language: the case is named in the company's language.
            no_subject = self.with_context(lang=get_lang(self.env).code).env._("No Subject")
            custom_values = dict(custom_values or {}, name=no_subject)
        return super().message_new(msg_dict, custom_values=custom_values)

    def _message_get_suggested_recipients(self):
        recipients = super()._message_get_suggested_recipients()
        assignee = self._fields["user_id"]
        reasons = {
            "Customer": self.env._("Customer"),
            "Customer Email": self.env._("Customer Email"),
            # mail gives the assigned user the label of the field, untranslated
            assignee.string: assignee._description_string(self.env),
        }
        for recipient in recipients:
            recipient["reason"] = reasons.get(recipient.get("reason"), recipient.get("reason"))
        return recipients


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    def _retrieve_dashboard(self):
        names = {
            "helpdesk_mgmt.helpdesk_ticket_action_unassigned": self.env._("Open cases without a team"),
            "helpdesk_mgmt.helpdesk_ticket_action_opened": self.env._("All open cases"),
        }
        tiles = super()._retrieve_dashboard()
        for tile in tiles:
            tile["name"] = names.get(tile.get("action"), tile["name"])
        return tiles
