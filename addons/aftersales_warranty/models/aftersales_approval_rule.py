from odoo import fields, models


class AftersalesApprovalRule(models.Model):
    _inherit = "aftersales.approval.rule"

    document_type = fields.Selection(
        selection_add=[("goodwill", "Goodwill Repair"), ("warranty_claim", "Warranty Claim")],
        ondelete={"goodwill": "cascade", "warranty_claim": "cascade"},
    )
