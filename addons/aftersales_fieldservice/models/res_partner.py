from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    service_region_id = fields.Many2one(
        "res.region",
        string="Field Service Region",
        index="btree_not_null",
        help="A station's region (OCA territories): its users see the dispatch orders of every location in it. "
        "New service addresses made for the station's cases fall in it.",
    )
