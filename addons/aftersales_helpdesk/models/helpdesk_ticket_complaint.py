from odoo import api, fields, models
from odoo.exceptions import ValidationError


class HelpdeskTicket(models.Model):
    """Complaints: own reply deadline (see the SLA part) and no closing without cause and reply."""

    _inherit = "helpdesk.ticket"

    is_complaint = fields.Boolean(
        related="category_id.aftersales_is_complaint", store=True, string="Complaint", index=True
    )
    root_cause = fields.Text(help="Why it happened, so that it does not happen again.")
    customer_reply = fields.Text(string="Reply to Customer", help="What the customer was told, and when.")

    @api.constrains("stage_id", "root_cause", "customer_reply")
    def _check_complaint_closing(self):
        for ticket in self:
            if ticket.is_complaint and ticket.stage_id.closed:
                missing = [
                    label
                    for label, value in (
                        (self.env._("root cause"), ticket.root_cause),
                        (self.env._("reply to the customer"), ticket.customer_reply),
                    )
                    if not (value or "").strip()
                ]
                if missing:
                    raise ValidationError(
                        self.env._(
                            "Complaint %(case)s cannot be closed without its %(missing)s.",
                            case=ticket.display_name,
                            missing=self.env._(" and ").join(missing),
                        )
                    )
