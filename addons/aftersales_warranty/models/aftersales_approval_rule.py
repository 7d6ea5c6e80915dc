from odoo import fields, models


class AftersalesApprovalRule(models.Model):
    _inherit = "aftersales.approval.rule"

    document_type = fields.Selection(
        selection_add=[
            ("goodwill", "Goodwill Repair"),
            ("warranty_claim", "Warranty Claim"),
            ("sanbao_request", "三包 Exchange or Refund"),
        ],
        ondelete={"goodwill": "cascade", "warranty_claim": "cascade", "sanbao_request": "cascade"},
    )
