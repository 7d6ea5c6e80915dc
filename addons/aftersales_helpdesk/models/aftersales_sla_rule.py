from typing import NamedTuple

from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from odoo.addons.aftersales_base.models.res_partner import SERVICE_ZONES

SEVERITIES = [
    ("critical", "Critical"),
    ("major", "Major"),
    ("minor", "Minor"),
    ("non_fault", "Non-Fault"),
]


class SlaTargets(NamedTuple):
    """One rule's targets as plain values, kept in the registry cache between requests."""

    rule_id: int
    response_hours: float
    escalate_hours: float
    onsite_hours: float
    restore_hours: float
    calendar_id: int


class AftersalesSlaRule(models.Model):
    _name = "aftersales.sla.rule"
    _description = "SLA Rule"
    _inherit = ["aftersales.rpc.mixin"]
    _order = "company_id, severity, service_zone"
    _check_company_auto = True

    # Not stored: the name reads in the reader's language ("主要故障 / 市内", "Major / City").
    name = fields.Char(compute="_compute_name", search="_search_name")
    severity = fields.Selection(SEVERITIES, required=True)
    service_zone = fields.Selection(SERVICE_ZONES, required=True)
    response_hours = fields.Float(required=True, help="Time to first response to the customer (5 minutes = 0.0833 h).")
    escalate_hours = fields.Float(
        required=True, help="Without a response by then the case goes to the next tier; 0 = immediately."
    )
    onsite_hours = fields.Float(string="On-Site Hours", help="Time to reach the site; 0 = no on-site target.")
    restore_hours = fields.Float(help="Time to restore service; 0 = no restoration target (N/A).")
    resource_calendar_id = fields.Many2one(
        "resource.calendar",
        string="Working Time",
        check_company=True,
        help="Count the targets in this working time; empty = around the clock (7x24).",
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "severity_zone_uniq",
            "unique(company_id, severity, service_zone)",
            "There is already an SLA rule for this severity and zone in this company.",
        ),
    ]

    def copy_data(self, default=None):
        """Copied into another company (new companies get the shipped matrix), a rule counts in that
        company's working time."""
        default = dict(default or {})
        vals_list = super().copy_data(default=default)
        company = self.env["res.company"].browse(default.get("company_id"))
        if company:
            for rule, vals in zip(self, vals_list, strict=True):
                if rule.resource_calendar_id.company_id not in (company, self.env["res.company"]):
                    vals["resource_calendar_id"] = company.resource_calendar_id.id
        return vals_list

    @api.depends_context("lang")
    @api.depends("severity", "service_zone")
    def _compute_name(self):
        severities = dict(self._fields["severity"]._description_selection(self.env))
        zones = dict(self._fields["service_zone"]._description_selection(self.env))
        for rule in self:
            rule.name = f"{severities.get(rule.severity, '')} / {zones.get(rule.service_zone, '')}"

    def _search_name(self, operator, value):
        """Search the names as the reader reads them: a dozen rules per company, matched in Python."""
        rules = self.with_context(active_test=False).search([])
        return [("id", "in", rules.filtered_domain([("name", operator, value)]).ids)]

    @api.constrains("response_hours", "escalate_hours", "onsite_hours", "restore_hours")
    def _check_hours(self):
        for rule in self:
            if min(rule.response_hours, rule.escalate_hours, rule.onsite_hours, rule.restore_hours) < 0:
                raise ValidationError(self.env._("SLA targets cannot be negative (rule %(rule)s).", rule=rule.name))

    @api.model
    def _rules_by_key(self, companies):
        """Targets of the active rules of these companies keyed by (company id, severity, zone).

        Every new case needs them and they change a few times a year: read once per server process
        and kept in Odoo's registry cache, which every rule change clears (in all workers)."""
        return self._sla_targets(tuple(sorted(companies.ids)))

    @tools.ormcache("company_ids")
    def _sla_targets(self, company_ids):
        rules = self.sudo().search_fetch(
            [("company_id", "in", list(company_ids))],
            [
                "company_id",
                "severity",
                "service_zone",
                "response_hours",
                "escalate_hours",
                "onsite_hours",
                "restore_hours",
                "resource_calendar_id",
            ],
        )
        return {
            (rule.company_id.id, rule.severity, rule.service_zone): SlaTargets(
                rule.id,
                rule.response_hours,
                rule.escalate_hours,
                rule.onsite_hours,
                rule.restore_hours,
                rule.resource_calendar_id.id,
            )
            for rule in rules
        }

    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def write(self, vals):
        self.env.registry.clear_cache()
        return super().write(vals)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()
