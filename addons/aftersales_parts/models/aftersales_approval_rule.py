from odoo import fields, models


class AftersalesApprovalRule(models.Model):
    _inherit = "aftersales.approval.rule"

    document_type = fields.Selection(
        selection_add=[
            ("part_request", "Part Request"),
            ("part_request_urgent", "Urgent Part Request"),
            ("exit_pass", "Exit Pass"),
        ],
        ondelete={"part_request": "cascade", "part_request_urgent": "cascade", "exit_pass": "cascade"},
    )
