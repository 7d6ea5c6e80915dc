from odoo import fields, models


class AftersalesApprovalRule(models.Model):
    _inherit = "aftersales.approval.rule"

    document_type = fields.Selection(
        selection_add=[
            ("service_budget", "Cost Budget: 三包 Repair"),
            ("service_budget_goodwill", "Cost Budget: Free Repair after Warranty"),
            ("service_budget_statutory", "Cost Budget: Statutory Quality Case"),
        ],
        ondelete={
            "service_budget": "cascade",
            "service_budget_goodwill": "cascade",
            "service_budget_statutory": "cascade",
        },
    )
