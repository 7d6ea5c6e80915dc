from odoo import api, fields, models

DISPATCH_KINDS = [
    ("on_site", "On-Site Service"),
    ("road_rescue", "Road Rescue"),
    ("phone_guidance", "Phone Guidance"),
    ("spare_parts", "Spare Parts Service"),
    ("maintenance_visit", "Maintenance Visit"),
]
FSM_ZONES = [("city", "City"), ("county", "County"), ("province", "Province")]


class AftersalesFsmSlaRule(models.Model):
    """Minutes allowed from the dispatch to the arrival on site, per kind of dispatch and zone
    (road rescue: 市区 30 min, 三县 1 h, 省内 half a day)."""

    _name = "aftersales.fsm.sla.rule"
    _description = "On-Site SLA Rule"
    _order = "company_id, dispatch_kind, zone"

    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    dispatch_kind = fields.Selection(DISPATCH_KINDS, required=True)
    zone = fields.Selection(FSM_ZONES, help="Leave empty for a target that applies in every zone.")
    minutes = fields.Integer(string="Minutes Allowed", required=True, help="From the dispatch to the arrival.")
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("kind_zone_unique", "unique(company_id, dispatch_kind, zone)", "One rule per kind of dispatch and zone."),
        ("minutes_positive", "CHECK(minutes > 0)", "The minutes allowed must be positive."),
    ]

    @api.depends("dispatch_kind", "zone", "minutes")
    def _compute_display_name(self):
        kinds = dict(self._fields["dispatch_kind"]._description_selection(self.env))
        zones = dict(self._fields["zone"]._description_selection(self.env))
        for rule in self:
            zone = zones.get(rule.zone) or self.env._("Any Zone")
            rule.display_name = f"{kinds.get(rule.dispatch_kind, '')} / {zone}"

    @api.model
    def _rules_by_key(self, companies):
        """``{(company id, kind, zone or False): minutes}`` for ``companies``, in one query."""
        rules = self.sudo().search_read(
            [("company_id", "in", companies.ids)], ["company_id", "dispatch_kind", "zone", "minutes"]
        )
        return {(r["company_id"][0], r["dispatch_kind"], r["zone"]): r["minutes"] for r in rules}
