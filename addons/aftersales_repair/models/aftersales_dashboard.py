from odoo import api, models


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
        ]
