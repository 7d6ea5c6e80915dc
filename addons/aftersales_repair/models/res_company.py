from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_first_time_fix_target = fields.Float(
        string="First-Time Fix Target (%)",
        default=95.0,
        help="Finished jobs that did not come back within their repair-quality guarantee, of all finished jobs.",
    )
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

    aftersales_budget_limit = fields.Monetary(
        string="Cost Budget Above",
        default=1000.0,
        currency_field="currency_id",
        help="A 三包 repair on which the maker pays more than this needs an approved cost budget (表5) before "
        "the job is confirmed (001: 1,000 yuan).",
    )
    aftersales_reception_signature_required = fields.Boolean(
        string="Reception Sheet Signed before Confirmation",
        help="The customer signs the reception sheet before the job is confirmed (000#6).",
    )

    @api.model
    def _aftersales_default_rule_models(self):
        return super()._aftersales_default_rule_models() + ["aftersales.repair.guarantee", "aftersales.labour.class"]
