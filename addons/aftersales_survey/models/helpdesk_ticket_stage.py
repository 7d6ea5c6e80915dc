from odoo import fields, models


class HelpdeskTicketStage(models.Model):
    _inherit = "helpdesk.ticket.stage"

    aftersales_callback = fields.Boolean(
        string="Call the Customer Back",
        help="A case reaching this stage gets a callback (申请关闭的案件进行回访); its outcome closes or reopens it.",
    )
