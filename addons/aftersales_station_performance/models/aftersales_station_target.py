from datetime import datetime

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesStationTarget(models.Model):
    """A station's targets for a month, and what it achieved (000#18 服务站考核, 003).

    The actual figures are counted when read, in PostgreSQL, for all the lines on screen at once: output and
    jobs from the finished repair jobs, CSI from the callbacks done, complaints and comebacks."""

    _name = "aftersales.station.target"
    _description = "Station Monthly Target"
    _order = "month desc, station_id"

    station_id = fields.Many2one(
        "res.partner", string="Service Station", required=True, index=True, domain="[('is_service_station', '=', True)]"
    )
    month = fields.Date(required=True, index=True, help="The first day of the month.")
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    currency_id = fields.Many2one(related="company_id.currency_id")
    output_target = fields.Monetary(help="产值: labour and parts of the jobs finished.")
    jobs_target = fields.Integer(help="进厂台次: repair jobs finished.")
    csi_target = fields.Float(string="CSI Target", default=lambda self: self.env.company.aftersales_csi_threshold)
    output_actual = fields.Monetary(string="Output", compute="_compute_actuals")
    jobs_actual = fields.Integer(string="Jobs Finished", compute="_compute_actuals")
    average_job_value = fields.Monetary(compute="_compute_actuals")
    output_achievement = fields.Float(string="Output Achieved (%)", compute="_compute_actuals")
    jobs_achievement = fields.Float(string="Jobs Achieved (%)", compute="_compute_actuals")
    csi_actual = fields.Float(string="CSI", compute="_compute_actuals", help="Average score of the callbacks done.")
    csi_flagged = fields.Boolean(string="CSI Below Threshold", compute="_compute_actuals")
    complaint_count = fields.Integer(string="Complaints", compute="_compute_actuals")
    comeback_count = fields.Integer(string="Comebacks", compute="_compute_actuals")
    penalty_points = fields.Float(
        compute="_compute_actuals", help="Complaints times the penalty points per complaint: shown, not applied to pay."
    )

    _sql_constraints = [
        ("station_month_unique", "UNIQUE(station_id, month, company_id)", "A station has one target per month."),
    ]

    @api.constrains("month")
    def _check_month(self):
        for target in self:
            if target.month.day != 1:
                raise ValidationError(
                    self.env._("%(month)s: a target's month is given by its first day.", month=target.month)
                )

    @api.depends("station_id", "month", "output_target", "jobs_target", "csi_target")
    def _compute_actuals(self):
        figures = self._actual_figures()
        for target in self:
            figure = figures.get((target.station_id.id, target.month), {})
            jobs, output = figure.get("jobs", 0), figure.get("output", 0.0)
            target.jobs_actual = jobs
            target.output_actual = output
            target.average_job_value = output / jobs if jobs else 0.0
            target.output_achievement = rate(output, target.output_target) or 0.0
            target.jobs_achievement = rate(jobs, target.jobs_target) or 0.0
            target.csi_actual = figure.get("csi", 0.0)
            threshold = target.csi_target or target.company_id.aftersales_csi_threshold
            target.csi_flagged = bool(figure.get("csi") is not None and figure["csi"] < threshold)
            target.complaint_count = figure.get("complaints", 0)
            target.comeback_count = figure.get("comebacks", 0)
            target.penalty_points = target.complaint_count * target.company_id.aftersales_complaint_penalty_points

    def _actual_figures(self):
        """``{(station id, month): {jobs, output, csi, complaints, comebacks}}`` for these targets, one grouped
        query per source over the months they span."""
        targets = self.filtered(lambda t: t.station_id and t.month)
        if not targets:
            return {}
        stations = targets.station_id.ids
        first = min(targets.mapped("month"))
        end = max(targets.mapped("month")) + relativedelta(months=1)
        figures = {}

        def line(station, month):
            # A datetime field's month comes as a datetime: one key (the month's first day) for all sources.
            return figures.setdefault((station.id, month.date() if isinstance(month, datetime) else month), {})

        def add(rows, key):
            for station, month, value in rows:
                line(station, month)[key] = value

        Repair = self.env["repair.order"].sudo()
        finished = [
            ("station_id", "in", stations),
            ("state", "=", "done"),
            ("aftersales_done_date", ">=", first),
            ("aftersales_done_date", "<", end),
        ]
        for station, month, jobs, output in Repair._read_group(
            finished, ["station_id", "aftersales_done_date:month"], ["__count", "output_total:sum"]
        ):
            line(station, month).update(jobs=jobs, output=output or 0.0)
        add(
            Repair._read_group(
                [
                    ("station_id", "in", stations),
                    ("is_comeback", "=", True),
                    ("create_date", ">=", first),
                    ("create_date", "<", end),
                ],
                ["station_id", "create_date:month"],
                ["__count"],
            ),
            "comebacks",
        )
        add(
            self.env["aftersales.callback"]
            .sudo()
            ._read_group(
                [
                    ("station_id", "in", stations),
                    ("state", "=", "done"),
                    ("score", ">", 0),
                    ("deadline", ">=", first),
                    ("deadline", "<", end),
                ],
                ["station_id", "deadline:month"],
                ["score:avg"],
            ),
            "csi",
        )
        add(
            self.env["helpdesk.ticket"]
            .sudo()
            ._read_group(
                [
                    ("station_id", "in", stations),
                    ("is_complaint", "=", True),
                    ("reported_date", ">=", first),
                    ("reported_date", "<", end),
                ],
                ["station_id", "reported_date:month"],
                ["__count"],
            ),
            "complaints",
        )
        return figures
