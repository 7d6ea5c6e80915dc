from odoo import api, models

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        _ = self.env._
        return super()._dashboard_tiles() + [
            self._tile(
                "jobs_in_progress",
                _("Jobs in progress"),
                "repair.order",
                [("state", "in", ("confirmed", "under_repair"))],
                30,
                _("No repair job in progress"),
                group=_("Workshop"),
            ),
            self._first_time_fix_tile(),
            self._internal_rework_tile(),
        ]

    @api.model
    def _internal_rework_tile(self):
        """内返率 (000#6): jobs finished this year that failed their final inspection at least once; the
        procedures set no target, so none is shown."""
        _ = self.env._
        Repair = self.env["repair.order"]

        def finished(start, end):
            return [("state", "=", "done"), ("aftersales_done_date", ">=", start), ("aftersales_done_date", "<=", end)]

        def rework_rate(start, end):
            jobs = Repair.search_count(finished(start, end))
            return rate(Repair.search_count([*finished(start, end), ("internal_rework_count", ">", 0)]), jobs)

        return self._kpi_tile(
            "internal_rework",
            _("Internal rework"),
            _("Workshop (this year)"),
            "repair.order",
            36,
            _("No job finished this year failed its final inspection"),
            period="year",
            figure=rework_rate,
            domain=lambda start, end: [*finished(start, end), ("internal_rework_count", ">", 0)],
            target=None,
            lower_is_better=True,
        )

    @api.model
    def _first_time_fix_tile(self):
        """Jobs finished this year that did not come back, against the company's target."""
        _ = self.env._
        Repair = self.env["repair.order"]

        def first_time_fix(start, end):
            finished, came_back = Repair._first_time_fix_counts(start, end)
            return rate(finished - came_back, finished)

        return self._kpi_tile(
            "first_time_fix",
            _("First-time fix"),
            _("Workshop (this year)"),
            "repair.order",
            35,
            _("No job finished this year came back"),
            period="year",
            figure=first_time_fix,
            domain=lambda start, end: [
                ("is_comeback", "=", True),
                ("comeback_of_id.aftersales_done_date", ">=", start),
                ("comeback_of_id.aftersales_done_date", "<=", end),
            ],
            target=self.env.company.aftersales_first_time_fix_target,
        )
