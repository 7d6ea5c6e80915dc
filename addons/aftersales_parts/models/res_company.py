from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_shipment_accuracy_target = fields.Float(
        string="Shipment Accuracy Target (%)",
        default=98.0,
        help="配件出货正确率 (001: at least 98 %): part requests issued exactly as requested.",
    )
    aftersales_urgent_part_hours = fields.Float(
        string="Urgent Request Deadline (hours)",
        default=8.0,
        help="An urgent part request must be served within this time (004: ships within 8 hours).",
    )
    aftersales_purchase_user_id = fields.Many2one(
        "res.users", string="Purchasing Contact", help="Gets an activity when a requested part is short."
    )
