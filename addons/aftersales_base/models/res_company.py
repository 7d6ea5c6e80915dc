from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_maintenance_reminder_days = fields.Integer(
        string="Maintenance Reminder (days ahead)",
        default=14,
        help="A maintenance reminder activity is scheduled this many days before a vehicle's next service.",
    )

    aftersales_phone_region = fields.Char(
        string="Phone Region",
        default="CN",
        size=2,
        help="Country code used to read phone numbers written without one (CN: 138 0013 8000).",
    )
    _sql_constraints = [
        (
            "aftersales_maintenance_reminder_days_positive",
            "CHECK(aftersales_maintenance_reminder_days >= 0)",
            "The maintenance reminder cannot be a negative number of days.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        companies._aftersales_copy_default_rules()
        return companies

    @api.model
    def _aftersales_default_rule_models(self):
        """Rule models whose shipped records every company gets (addons add theirs)."""
        return [
            "aftersales.approval.rule",
        ]

    def _aftersales_copy_default_rules(self):
        """A company created after install works under the shipped rules until its managers change them:
        nothing is approved on submission for want of a rule.

        Only the rules of modules already loaded: while a module installs, the rules of those loaded after it
        (a parts document type, say) are not valid values yet."""
        loaded = [name for name in self.env.registry._init_modules if name.startswith("aftersales_")]
        shipped = (
            self.env["ir.model.data"]
            .sudo()
            .search([("model", "in", self._aftersales_default_rule_models()), ("module", "in", loaded)])
        )
        for model in set(shipped.mapped("model")):
            records = self.env[model].sudo().browse(shipped.filtered(lambda d, m=model: d.model == m).mapped("res_id"))
            for company in self:
                records.exists().filtered(lambda r, c=company: r.company_id != c).copy({"company_id": company.id})
