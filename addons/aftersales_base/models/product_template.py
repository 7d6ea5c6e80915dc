from odoo import fields, models

VEHICLE_KINDS = [("car", "Car"), ("motorcycle", "Motorcycle"), ("other", "Other Vehicle")]


class ProductTemplate(models.Model):
    _inherit = "product.template"

    aftersales_is_vehicle = fields.Boolean(
        string="Is a Vehicle Model",
        help="Products that are vehicle models can be chosen as the model of a vehicle.",
    )
    aftersales_vehicle_kind = fields.Selection(
        VEHICLE_KINDS, string="Vehicle Kind", default="car", help="Selects the repair-quality guarantee."
    )
    aftersales_maintenance_months = fields.Integer(
        string="Maintenance Interval (months)", help="Months between two scheduled services; 0 = no time interval."
    )
    aftersales_maintenance_km = fields.Integer(
        string="Maintenance Interval (km)", help="Kilometres between two scheduled services; 0 = no distance interval."
    )
    aftersales_vehicle_count = fields.Integer(compute="_compute_aftersales_vehicle_count", string="Vehicle Count")

    def _compute_aftersales_vehicle_count(self):
        counts = dict(
            self.env["aftersales.vehicle"]._read_group(
                [("product_id.product_tmpl_id", "in", self.ids)], ["product_id"], ["__count"]
            )
        )
        for template in self:
            template.aftersales_vehicle_count = sum(counts.get(variant, 0) for variant in template.product_variant_ids)
