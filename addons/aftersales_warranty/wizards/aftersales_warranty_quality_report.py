from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.quality import fold_by_state, with_shares


class AftersalesWarrantyQualityReport(models.TransientModel):
    """表8 质量统计分析: the faults the warranty claims of a period report, counted and costed by part group,
    vehicle model, station and month, so that the factory knows what to improve."""

    _name = "aftersales.warranty.quality.report"
    _description = "Quality Statistics Analysis"

    date_from = fields.Date(
        string="From", required=True, default=lambda self: fields.Date.context_today(self).replace(day=1)
    )
    date_to = fields.Date(string="To", required=True, default=fields.Date.context_today)
    company_id = fields.Many2one("res.company", help="Empty: every company you are working in.")
    station_id = fields.Many2one(
        "res.partner",
        domain=[("is_service_station", "=", True)],
        help="Empty: every station and our own workshop.",
    )
    currency_id = fields.Many2one("res.currency", compute="_compute_currency_id")

    @api.depends("company_id")
    @api.depends_context("company")
    def _compute_currency_id(self):
        for report in self:
            report.currency_id = (report.company_id or self.env.company).currency_id

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for report in self:
            if report.date_from > report.date_to:
                raise ValidationError(self.env._("The period ends before it starts."))

    def _claim_domain(self):
        """Claims sent in (not drafts) for failures of the period: each reports one fault."""
        self.ensure_one()
        domain = [
            ("failure_date", ">=", self.date_from),
            ("failure_date", "<=", self.date_to),
            ("state", "!=", "draft"),
            ("company_id", "in", (self.company_id or self.env.companies).ids),
        ]
        if self.station_id:
            domain += [("direction", "=", "station"), ("partner_id", "=", self.station_id.id)]
        return domain

    def _claim_rows(self, groupby, label):
        """Rows of claims grouped by ``groupby`` (one read_group), each named by ``label(key)``."""
        groups = self.env["aftersales.warranty.claim"]._read_group(
            self._claim_domain(), [*groupby, "state"], ["__count", "amount_approved:sum"]
        )
        folded = fold_by_state((tuple(group[: len(groupby)]), *group[len(groupby) :]) for group in groups)
        return [dict(row, key=key, label=label(*key)) for key, row in folded.items()]

    def _part_group_rows(self):
        """By the product category of the replaced parts: the claims replacing one, the parts and what was
        approved for them; claims that replaced none get their own row."""
        _ = self.env._
        groups = self.env["aftersales.warranty.claim.line"]._read_group(
            [("claim_id", "any", self._claim_domain()), ("line_type", "=", "part")],
            ["product_categ_id", "claim_state"],
            ["claim_id:count_distinct", "amount_approved:sum", "quantity:sum"],
        )
        rows = [
            dict(row, key=categ, label=categ.display_name or _("Part not specified"))
            for categ, row in fold_by_state(groups).items()
        ]
        rows = sorted(rows, key=lambda row: (-row["faults"], row["label"]))
        without_parts = self.env["aftersales.warranty.claim"]._read_group(
            [*self._claim_domain(), ("line_ids", "not any", [("line_type", "=", "part")])],
            ["state"],
            ["__count", "amount_approved:sum"],
        )
        if without_parts:
            row = fold_by_state((None, *group) for group in without_parts)[None]
            rows.append(dict(row, key=None, label=_("No part replaced (labour and other costs only)")))
        return rows

    def _station_label(self, direction, partner):
        if direction == "station":
            return partner.display_name
        return self.env._("Own workshop (claimed from %(maker)s)", maker=partner.display_name)

    def _statistics(self):
        """Every table of the paper; ``totals`` counts each fault once."""
        self.ensure_one()
        _ = self.env._
        totals = next(
            iter(self._claim_rows([], lambda: "")), {"faults": 0, "rejected": 0, "approved": 0.0, "quantity": 0.0}
        )

        def by_faults(rows):
            return with_shares(sorted(rows, key=lambda row: (-row["faults"], row["label"])), totals["faults"])

        months = self._claim_rows(["failure_date:month"], lambda month: month.strftime("%Y-%m"))
        return {
            "totals": totals,
            "part_groups": with_shares(self._part_group_rows(), totals["faults"]),
            "models": by_faults(
                self._claim_rows(["vehicle_model_id"], lambda model: model.display_name or _("No model"))
            ),
            "stations": by_faults(self._claim_rows(["direction", "partner_id"], self._station_label)),
            "months": with_shares(sorted(months, key=lambda row: row["key"]), totals["faults"]),
        }

    def action_print(self):
        return self.env.ref("aftersales_warranty.action_report_warranty_quality").report_action(self)
