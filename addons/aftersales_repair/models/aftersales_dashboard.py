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
        ]

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
