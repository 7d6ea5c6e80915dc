from dateutil.relativedelta import relativedelta

from odoo import fields, models

from odoo.addons.aftersales_base.tools.xlsx import XlsxBook, xlsx_download


class AftersalesWarrantyCostReport(models.TransientModel):
    """表7 月维修统计及费用: jobs finished in a month, in and out of warranty, and what they cost."""

    _name = "aftersales.warranty.cost.report"
    _description = "Monthly Repair and Warranty Cost Report"

    date = fields.Date(string="Any Day in the Month", required=True, default=fields.Date.context_today)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    currency_id = fields.Many2one(related="company_id.currency_id")

    def _period(self):
        start = self.date.replace(day=1)
        return start, start + relativedelta(months=1, days=-1)

    def _jobs(self):
        start, end = self._period()
        return self.env["repair.order"].search(
            [
                ("state", "=", "done"),
                ("aftersales_done_date", ">=", start),
                ("aftersales_done_date", "<=", end),
                ("company_id", "=", self.company_id.id),
            ]
        )

    @staticmethod
    def _in_warranty(job):
        """A job is in warranty when one of its lines is (warranty or goodwill pays it), whatever its amount:
        a part given free under warranty counts although it costs 0."""
        lines = list(job.labour_ids) + list(job.move_ids.filtered(lambda m: m.repair_line_type == "add"))
        return any(line.pay_type in ("warranty", "goodwill") for line in lines)

    def _rows(self):
        """One row per vehicle model: jobs in and out of warranty and their costs by who pays."""
        rows = {}
        for job in self._jobs():
            model = job.vehicle_id.product_id.display_name or self.env._("No model")
            row = rows.setdefault(
                model,
                {
                    "model": model,
                    "jobs": 0,
                    "in_warranty": 0,
                    "out_warranty": 0,
                    "warranty": 0.0,
                    "goodwill": 0.0,
                    "customer": 0.0,
                    "internal": 0.0,
                },
            )
            row["jobs"] += 1
            row["in_warranty" if self._in_warranty(job) else "out_warranty"] += 1
            for pay_type in ("warranty", "goodwill", "customer", "internal"):
                row[pay_type] += job[f"amount_{pay_type}"]
        return [rows[model] for model in sorted(rows)]

    def _claims(self):
        """索赔回款: claims assessed and settlements paid in the month."""
        start, end = self._period()
        Claim = self.env["aftersales.warranty.claim"]
        domain = [("assessed_on", ">=", start), ("assessed_on", "<=", end), ("company_id", "=", self.company_id.id)]
        ((claimed, approved),) = Claim._read_group(domain, [], ["amount_claimed:sum", "amount_approved:sum"])
        paid = dict(
            self.env["aftersales.warranty.settlement"]._read_group(
                [("date_to", ">=", start), ("date_to", "<=", end), ("company_id", "=", self.company_id.id)],
                ["direction"],
                ["amount_paid:sum"],
            )
        )
        return {
            "claimed": claimed or 0.0,
            "approved": approved or 0.0,
            "received": paid.get("manufacturer", 0.0),
            "paid": paid.get("station", 0.0),
        }

    def _totals(self, rows):
        keys = ("jobs", "in_warranty", "out_warranty", "warranty", "goodwill", "customer", "internal")
        return {key: sum(row[key] for row in rows) for key in keys}

    def action_export_xlsx(self):
        self.ensure_one()
        _ = self.env._
        start, _end = self._period()
        rows = self._rows()
        totals = self._totals(rows)
        claims = self._claims()
        book = XlsxBook()
        book.add_sheet(
            _("Summary"),
            [_("Figure"), _("Value")],
            [
                (_("Month"), start.strftime("%Y-%m")),
                (_("Jobs"), totals["jobs"]),
                (_("In warranty"), totals["in_warranty"]),
                (_("Out of warranty"), totals["out_warranty"]),
                (_("Warranty cost"), totals["warranty"]),
                (_("Goodwill cost"), totals["goodwill"]),
                (_("Customer paid"), totals["customer"]),
                (_("Claimed"), claims["claimed"]),
                (_("Claims approved"), claims["approved"]),
                (_("Received from the manufacturer"), claims["received"]),
                (_("Paid to stations"), claims["paid"]),
            ],
            widths={0: 24, 1: 20},
        )
        book.add_sheet(
            _("By Model"),
            [
                _("Model"),
                _("Jobs"),
                _("In Warranty"),
                _("Out of Warranty"),
                _("Warranty"),
                _("Goodwill"),
                _("Customer"),
                _("Internal"),
            ],
            (
                (
                    r["model"],
                    r["jobs"],
                    r["in_warranty"],
                    r["out_warranty"],
                    r["warranty"],
                    r["goodwill"],
                    r["customer"],
                    r["internal"],
                )
                for r in rows
            ),
            widths={0: 30},
        )
        return xlsx_download(self, book.close(), f"repair-cost-{start.strftime('%Y-%m')}.xlsx")

    def action_print(self):
        return self.env.ref("aftersales_warranty.action_report_warranty_cost").report_action(self)
