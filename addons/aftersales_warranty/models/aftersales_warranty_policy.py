from odoo import api, fields, models
from odoo.exceptions import ValidationError

START_EVENTS = [
    ("sale", "Sale Date"),
    ("delivery", "Delivery Date"),
    ("acceptance", "Day After Acceptance Signature"),
]


class AftersalesWarrantyPolicy(models.Model):
    """A warranty: months and km (0 = unlimited), whichever ends first, for some models and parts."""

    _name = "aftersales.warranty.policy"
    _description = "Warranty Policy"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    months = fields.Integer(required=True, default=36, help="0 = no time limit.")
    distance_km = fields.Integer(string="Distance (km)", default=100000, help="0 = no distance limit.")
    product_categ_ids = fields.Many2many(
        "product.category", string="Vehicle Categories", help="Vehicles whose model is in these categories."
    )
    product_ids = fields.Many2many(
        "product.product",
        "aftersales_warranty_policy_model_rel",
        string="Vehicle Models",
        domain="[('aftersales_is_vehicle', '=', True)]",
    )
    part_ids = fields.Many2many(
        "product.product",
        "aftersales_warranty_policy_part_rel",
        string="Covered Parts",
        help="Empty: the whole vehicle. Otherwise only these (key) parts.",
    )
    start_event = fields.Selection(START_EVENTS, required=True, default="delivery")
    parts_pct = fields.Float(string="Parts Covered (%)", default=100.0)
    labour_pct = fields.Float(string="Labour Covered (%)", default=100.0)
    exclusion_ids = fields.Many2many("aftersales.warranty.exclusion", string="Exclusions")
    restart_on_replacement = fields.Boolean(
        help="A covered key part replaced under repair starts a new coverage of this policy "
        "(该部件在更换并正常运行后重新计算质保期)."
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
        help="The policy covers the vehicles of this company only.",
    )
    active = fields.Boolean(default=True)

    @api.constrains("months", "distance_km", "parts_pct", "labour_pct")
    def _check_values(self):
        for policy in self:
            if policy.months < 0 or policy.distance_km < 0:
                raise ValidationError(
                    self.env._("%(policy)s: duration and distance cannot be negative.", policy=policy.name)
                )
            if not (0 <= policy.parts_pct <= 100 and 0 <= policy.labour_pct <= 100):
                raise ValidationError(
                    self.env._("%(policy)s: coverage is a percentage from 0 to 100.", policy=policy.name)
                )

    def _applies_to_model(self, model):
        self.ensure_one()
        if not (self.product_ids or self.product_categ_ids):
            return True
        return model in self.product_ids or bool(model.categ_id and model.categ_id in self.product_categ_ids)
