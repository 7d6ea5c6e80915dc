from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_callback_attempts = fields.Integer(
        string="Callback Attempts", default=3, help="Unanswered calls before a callback is recorded as unreachable."
    )
    aftersales_callback_retry_hours = fields.Float(
        string="Call Again After (hours)", default=24.0, help="Delay before calling an unanswered customer again."
    )
    aftersales_callback_rate_target = fields.Float(
        string="Callback Rate Target (%)", default=100.0, help="001: 保修期内客户回访率为100%."
    )
    aftersales_satisfaction_target = fields.Float(
        string="Satisfaction Target (%)", default=98.0, help="001: 服务满意率 98% or more."
    )

    @api.model
    def _aftersales_default_rule_models(self):
        return [*super()._aftersales_default_rule_models(), "aftersales.callback.rule"]
