from odoo import api, fields, models

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        _ = self.env._
        today = fields.Date.context_today(self)
        day_start, day_end = self._utc_bounds(today, today)
        open_cases = [("stage_id.closed", "=", False)]
        tiles = super()._dashboard_tiles() + [
            self._tile(
                f"cases_{state}",
                label,
                "helpdesk.ticket",
                open_cases + [("sla_state", "=", state)],
                10 + index,
                empty,
                group=_("Open cases by SLA"),
            )
            for index, (state, label, empty) in enumerate(
                [
                    ("on_track", _("On track"), _("No open case on track")),
                    ("at_risk", _("At risk"), _("No open case at risk")),
                    ("breached", _("Breached"), _("No open case past its SLA")),
                ]
            )
        ]
        tiles += [
            self._tile(
                "breaches_today",
                _("Breaches today"),
                "helpdesk.ticket",
                [
                    ("sla_state", "=", "breached"),
                    "|",
                    "&",
                    ("sla_response_deadline", ">=", day_start),
                    ("sla_response_deadline", "<=", day_end),
                    "&",
                    ("sla_restore_deadline", ">=", day_start),
                    ("sla_restore_deadline", "<=", day_end),
                ],
                20,
                _("No case breached its SLA today"),
                group=_("Cases"),
            ),
        ]
        return [
            *tiles,
            self._capa_effectiveness_tile(),
            self._complaint_closure_tile(),
            self._consultation_time_tile(),
        ]

    @api.model
    def _consultation_time_tile(self):
        """Average handling time of the consultation cases closed this month (000#11: under 6 minutes)."""
        _ = self.env._
        Ticket = self.env["helpdesk.ticket"]
        consultation = self.env.ref("aftersales_helpdesk.case_type_consultation", raise_if_not_found=False)
        target = self.env.company.aftersales_consultation_minutes_target

        def closed(start, end):
            first, last = self._utc_bounds(start, end)
            return [
                ("category_id", "=", consultation.id if consultation else False),
                ("closed_date", ">=", first),
                ("closed_date", "<=", last),
            ]

        def average(start, end):
            ((count, minutes),) = Ticket._read_group(closed(start, end), [], ["__count", "handling_minutes:avg"])
            return round(minutes, 1) if count else None

        return self._kpi_tile(
            "consultation_minutes",
            _("Consultation time"),
            _("Cases"),
            "helpdesk.ticket",
            24,
            _("No consultation took longer than the target this month"),
            period="month",
            figure=average,
            domain=lambda start, end: [*closed(start, end), ("handling_minutes", ">", target)],
            target=target,
            unit=_("min"),
            lower_is_better=True,
        )

    @api.model
    def _complaint_closure_tile(self):
        """Complaints closed this month within the closing time (000#13: 2 days), against the target."""
        _ = self.env._
        Ticket = self.env["helpdesk.ticket"]
        company = self.env.company
        days = company.aftersales_complaint_close_days

        def in_time_rate(start, end):
            closed, in_time = Ticket._complaint_closure_counts(*self._utc_bounds(start, end), days)
            return rate(in_time, closed)

        return self._kpi_tile(
            "complaints_closed_in_time",
            _("Complaints closed in %(days)s days", days=days),
            _("Cases"),
            "helpdesk.ticket",
            22,
            _("No complaint closed late this month"),
            period="month",
            figure=in_time_rate,
            domain=lambda start, end: [
                ("is_complaint", "=", True),
                ("closed_date", ">=", self._utc_bounds(start, end)[0]),
                ("resolution_hours", ">", days * 24),
            ],
            target=company.aftersales_complaint_close_target,
        )

    @api.model
    def _capa_effectiveness_tile(self):
        """不合格项关闭有效率 of this year's verifications, against the company's target."""
        _ = self.env._
        Capa = self.env["aftersales.capa"]

        def verified(start, end):
            return [("verification_date", ">=", start), ("verification_date", "<=", end)]

        def percent(start, end):
            effectiveness = Capa.closure_effectiveness(verified(start, end))
            return round(100.0 * effectiveness, 2) if effectiveness is not None else None

        return self._kpi_tile(
            "capa_effectiveness",
            _("CAPA closures effective"),
            _("Quality (this year)"),
            "aftersales.capa",
            25,
            _("No corrective action verified this year"),
            period="year",
            figure=percent,
            domain=verified,
            target=self.env.company.aftersales_capa_effectiveness_target,
        )
