from odoo import fields, models


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
    aftersales_urgent_part_hours = fields.Float(
        string="Urgent Request Deadline (hours)",
        default=8.0,
        help="An urgent part request must be served within this time (004: ships within 8 hours).",
    )
    aftersales_purchase_user_id = fields.Many2one(
        "res.users", string="Purchasing Contact", help="Gets an activity when a requested part is short."
    )
    aftersales_old_part_location_id = fields.Many2one(
        "stock.location",
        string="Old-Part Inspection Location",
        domain="[('usage', '=', 'internal')]",
        help="Where returned old parts are received for quality inspection.",
    )
