from odoo import fields, models


class AftersalesRepairLabour(models.Model):
    _inherit = "aftersales.repair.labour"

    campaign_id = fields.Many2one(
        "aftersales.campaign",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="Campaign work: claimed from the maker by the campaign's monthly batch, not by the job's claim.",
    )
