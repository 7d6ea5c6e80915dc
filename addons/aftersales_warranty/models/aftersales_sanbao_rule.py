from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.sanbao import COMPENSATION_RATE_BOUNDS, SanbaoRule


class AftersalesSanbaoRule(models.Model):
    """三包 rule of product categories: every number of the regulation, editable."""

    _name = "aftersales.sanbao.rule"
    _description = "Three-Guarantee (三包) Rule"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    categ_ids = fields.Many2many("product.category", string="Product Categories")
    repair_months = fields.Integer(string="Repair Warranty (months)", help="包修期")
    repair_km = fields.Integer(string="Repair Warranty (km)", help="0 = no distance limit.")
    sanbao_months = fields.Integer(string="Three-Guarantee Period (months)", help="三包有效期")
    sanbao_km = fields.Integer(string="Three-Guarantee Period (km)", help="0 = no distance limit.")
    return_days = fields.Integer(string="Return Window (days)")
    return_part_group_ids = fields.Many2many(
        "aftersales.sanbao.part.group",
        string="Return When Replacing",
        help="Only faults needing one of these parts replaced open the return window; empty = any fault.",
    )
    exchange_days = fields.Integer(string="Exchange Window (days)", help="Any fault in this window: exchange.")
    early_days = fields.Integer(string="Early Window (days)")
    early_km = fields.Integer(string="Early Window (km)")
    early_fault_ids = fields.Many2many(
        "aftersales.sanbao.fault", string="Early Serious Faults", help="In the early window: exchange or return."
    )
    safety_repairs = fields.Integer(
        string="Repairs of Serious Faults",
        help="After this many repairs of serious safety faults, the fault still there or a new one gives the "
        "right to an exchange (order 43: two).",
    )
    part_replacements = fields.Integer(
        string="Replacements of One Main Part",
        help="After this many replacements of one main part, the part still not working gives the right to an "
        "exchange (order 43: two).",
    )
    max_repair_days = fields.Integer(
        string="Cumulative Repair Days", help="More days in repair than this give the right to an exchange."
    )
    max_same_repairs = fields.Integer(
        string="Repairs of One Problem", help="More repairs of one problem than this give the right to an exchange."
    )
    loaner_days = fields.Integer(
        string="Loaner After (days)", help="A repair longer than this entitles to a loaner or transport money."
    )
    compensation_rate = fields.Float(
        string="Usage Compensation (n, %)",
        default=0.5,
        digits=(3, 2),
        help="合理使用补偿费 = price x km driven / 1000 x n; order 43 sets n between 0.5 % and 0.8 %.",
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    active = fields.Boolean(default=True)

    @api.constrains("compensation_rate")
    def _check_compensation_rate(self):
        low, high = COMPENSATION_RATE_BOUNDS
        for rule in self:
            if not low <= rule.compensation_rate <= high:
                raise ValidationError(
                    self.env._(
                        "%(rule)s: the usage compensation rate n must be between %(low)s %% and %(high)s %%.",
                        rule=rule.name,
                        low=low,
                        high=high,
                    )
                )

    def _values(self):
        self.ensure_one()
        return SanbaoRule(
            repair_months=self.repair_months,
            repair_km=self.repair_km,
            sanbao_months=self.sanbao_months,
            sanbao_km=self.sanbao_km,
            return_days=self.return_days,
            return_part_groups=frozenset(self.return_part_group_ids.mapped("code")),
            exchange_days=self.exchange_days,
            early_days=self.early_days,
            early_km=self.early_km,
            early_faults=frozenset(self.early_fault_ids.mapped("code")),
            safety_repairs=self.safety_repairs,
            part_replacements=self.part_replacements,
            max_repair_days=self.max_repair_days,
            max_same_repairs=self.max_same_repairs,
            loaner_days=self.loaner_days,
        )
