from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_csi_threshold = fields.Float(
        string="CSI Flag Below",
        default=96.0,
        help="A station whose month's CSI (callback score) is below this is flagged (000#18: SA score under 96).",
    )
    aftersales_complaint_penalty_points = fields.Float(
        string="Penalty Points per Complaint",
        default=1.0,
        help="Shown on the station's month for each complaint; not applied to pay.",
    )
