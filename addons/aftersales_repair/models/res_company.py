from odoo import api, models


class ResCompany(models.Model):
    _inherit = "res.company"

    @api.model
    def _aftersales_default_rule_models(self):
        return super()._aftersales_default_rule_models() + ["aftersales.repair.guarantee", "aftersales.labour.class"]
