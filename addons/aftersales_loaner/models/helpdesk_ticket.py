from odoo import fields, models


class HelpdeskTicket(models.Model):
    """The loaners lent to the customer for this case."""

    _inherit = "helpdesk.ticket"

    loaner_loan_count = fields.Integer(compute="_compute_loaner_loan_count", string="Loaners")

    def _compute_loaner_loan_count(self):
        counts = dict(
            self.env["aftersales.loaner.loan"]._read_group([("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"])
        )
        for ticket in self:
            ticket.loaner_loan_count = counts.get(ticket, 0)

    def action_view_loaner_loans(self):
        return self.env["aftersales.loaner.loan"]._action_for([("ticket_id", "in", self.ids)])
