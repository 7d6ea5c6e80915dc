from odoo import fields, models


class HelpdeskTicketCategory(models.Model):
    """Case types (咨询, 故障报修, 保修, 配件, 投诉, 保养, 道路救援) and where each goes."""

    _inherit = "helpdesk.ticket.category"

    aftersales_team_id = fields.Many2one(
        "helpdesk.ticket.team", string="Team", help="Cases of this type go to this team."
    )
    aftersales_within_authority = fields.Boolean(
        string="Within Call-Centre Authority",
        default=True,
        help="Cases outside the call centre's authority go to the company's warranty team "
        "(权利范围外的交质量保修部门).",
    )
    aftersales_is_complaint = fields.Boolean(
        string="Complaint", help="Complaints have their own reply deadline and closing rules."
    )
