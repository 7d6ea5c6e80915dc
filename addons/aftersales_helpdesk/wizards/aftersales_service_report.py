from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from odoo import fields, models

from odoo.addons.aftersales_base.tools.xlsx import XlsxBook, xlsx_download

from ..tools.sla import compliance

PERIODS = [("week", "Weekly"), ("month", "Monthly"), ("year", "Annual")]


def period_bounds(period, day):
    """First and last day of the week (Monday first), month or year containing ``day``."""
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if period == "month":
        start = day.replace(day=1)
        return start, start + relativedelta(months=1, days=-1)
    start = day.replace(month=1, day=1)
    return start, start.replace(month=12, day=31)


class AftersalesServiceReport(models.TransientModel):
    """周度、月度、年度服务数据的分析 as a spreadsheet."""

    _name = "aftersales.service.report"
    _description = "Service Report Export"

    period = fields.Selection(PERIODS, required=True, default="month")
    date = fields.Date(string="Any Day in the Period", required=True, default=fields.Date.context_today)

    def _domain(self):
        start, end = period_bounds(self.period, self.date)
        return (
            [
                ("reported_date", ">=", datetime.combine(start, time.min)),
                ("reported_date", "<=", datetime.combine(end, time.max)),
            ],
            start,
            end,
        )

    def _label(self, groupby, key):
        if isinstance(key, models.BaseModel):
            return key.display_name or self.env._("Undefined")
        selection = dict(self.env["helpdesk.ticket"]._fields[groupby]._description_selection(self.env))
        return selection.get(key, key) or self.env._("Undefined")

    def _breakdown(self, domain, groupby):
        """Rows (label, cases, closed, breached, SLA compliance) of the cases grouped by one field."""
        Ticket = self.env["helpdesk.ticket"]
        groupbys = [groupby] if groupby else []
        closed_counts = {
            tuple(key): count
            for *key, count in Ticket._read_group(domain + [("stage_id.closed", "=", True)], groupbys, ["__count"])
        }
        stats = {}
        for *key, state, count in Ticket._read_group(domain, groupbys + ["sla_state"], ["__count"]):
            key = tuple(key)
            row = stats.setdefault(key, {"cases": 0, "closed": closed_counts.get(key, 0), "met": 0, "breached": 0})
            row["cases"] += count
            if state in ("met", "breached"):
                row[state] += count
        return [
            (
                self._label(groupby, key[0]) if groupby else None,
                row["cases"],
                row["closed"],
                row["breached"],
                compliance(row["met"], row["breached"]),
            )
            for key, row in stats.items()
        ]

    def _render(self):
        domain, start, end = self._domain()
        _ = self.env._
        book = XlsxBook()
        Ticket = self.env["helpdesk.ticket"]
        ((_key, cases, closed, breached, rate),) = self._breakdown(domain, None) or [(None, 0, 0, 0, None)]
        complaints = Ticket.search_count(domain + [("is_complaint", "=", True)])
        book.add_sheet(
            _("Summary"),
            [_("Figure"), _("Value")],
            [
                (_("Period"), f"{start} - {end}"),
                (_("Cases"), cases),
                (_("Closed"), closed),
                (_("SLA breached"), breached),
                (_("SLA compliance"), rate),
                (_("Complaints"), complaints),
            ],
            widths={0: 24, 1: 24},
        )
        headers = [_("Group"), _("Cases"), _("Closed"), _("SLA breached"), _("SLA compliance")]
        for title, groupby in (
            (_("By Severity"), "severity"),
            (_("By Station"), "station_id"),
            (_("By Channel"), "channel_id"),
            (_("By Type"), "category_id"),
        ):
            book.add_sheet(title, headers, self._breakdown(domain, groupby), widths={0: 30}, formats={4: book.percent})
        severities = dict(Ticket._fields["severity"]._description_selection(self.env))
        states = dict(Ticket._fields["sla_state"]._description_selection(self.env))
        tickets = Ticket.search_fetch(
            domain,
            ["number", "name", "reported_date", "severity", "station_id", "partner_id", "sla_state", "stage_id"],
            order="reported_date, id",
        )
        book.add_sheet(
            _("Cases"),
            [
                _("Number"),
                _("Subject"),
                _("Reported"),
                _("Severity"),
                _("Station"),
                _("Customer"),
                _("SLA"),
                _("Stage"),
            ],
            (
                (
                    t.number,
                    t.name,
                    fields.Datetime.to_string(t.reported_date),
                    severities.get(t.severity, ""),
                    t.station_id.display_name or "",
                    t.partner_id.display_name or "",
                    states.get(t.sla_state, ""),
                    t.stage_id.name,
                )
                for t in tickets
            ),
            widths={1: 40, 4: 30, 5: 30},
        )
        return book.close(), f"service-report-{self.period}-{start}.xlsx"

    def action_export(self):
        self.ensure_one()
        content, name = self._render()
        return xlsx_download(self, content, name)
