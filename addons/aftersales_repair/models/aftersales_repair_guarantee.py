from odoo import fields, models

from odoo.addons.aftersales_base.models.product_template import VEHICLE_KINDS

REPAIR_CLASSES = [("overhaul", "Overhaul / Assembly"), ("level2", "Level-2 Maintenance"), ("level1", "Level-1 / Minor")]


class AftersalesRepairGuarantee(models.Model):
    """Repair-quality guarantee per vehicle kind and repair class (003 defaults), whichever limit comes first."""

    _name = "aftersales.repair.guarantee"
    _description = "Repair Quality Guarantee"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "vehicle_kind, repair_class"

    vehicle_kind = fields.Selection(VEHICLE_KINDS, required=True)
    repair_class = fields.Selection(REPAIR_CLASSES, required=True)
    days = fields.Integer(required=True)
    km = fields.Integer(string="Kilometres", required=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)

    _sql_constraints = [
        (
            "kind_class_uniq",
            "unique(company_id, vehicle_kind, repair_class)",
            "This vehicle kind and repair class already have a guarantee.",
        ),
        ("limits_positive", "CHECK(days >= 0 AND km >= 0)", "Guarantee limits cannot be negative."),
    ]
