from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_old_part_threshold = fields.Monetary(
        string="Old-Part Return Above",
        default=50.0,
        currency_field="currency_id",
        help="Parts whose unit value is above this must come back to the factory for inspection (001: 50 yuan).",
    )
    aftersales_old_part_days = fields.Integer(
        string="Old-Part Return Within (days)",
        default=30,
        help="Old parts must reach the quality-inspection location this many days after the parts were issued.",
    )
    aftersales_old_part_location_id = fields.Many2one(
        "stock.location",
        string="Old-Part Inspection Location",
        domain="[('usage', '=', 'internal')]",
        help="Where returned old parts are received for quality inspection.",
    )

    @api.model
    def _aftersales_default_rule_models(self):
        return super()._aftersales_default_rule_models() + ["aftersales.repair.guarantee", "aftersales.labour.class"]
