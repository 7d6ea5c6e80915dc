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
        Repair = self.env["repair.order"]
        if not Repair.has_access("read"):
            return None
        _ = self.env._

        def first_time_fix(start, end):
            finished, came_back = Repair._first_time_fix_counts(start, end)
            return rate(finished - came_back, finished) or 0.0

        (year_start, today), previous, previous_label = self._periods("year")
        return {
            "key": "first_time_fix",
            "label": _("First-time fix"),
            "group": _("Workshop (this year)"),
            "unit": "%",
            "value": first_time_fix(year_start, today),
            "previous": first_time_fix(*previous),
            "previous_label": previous_label,
            "target": self.env.company.aftersales_first_time_fix_target,
            "model": "repair.order",
            "domain": [
                ("is_comeback", "=", True),
                ("comeback_of_id.aftersales_done_date", ">=", year_start),
                ("comeback_of_id.aftersales_done_date", "<=", today),
            ],
            "sequence": 35,
            "help": self._empty_help(_("No job finished this year came back")),
        }
