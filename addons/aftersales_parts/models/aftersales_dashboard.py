from odoo import api, models


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        return super()._dashboard_tiles() + [
            self._tile(
                "parts_to_approve",
                self.env._("Parts waiting for approval"),
                "aftersales.part.request",
                [("state", "=", "to_approve")],
                40,
                self.env._("No part request waits for approval"),
                group=self.env._("Workshop"),
            )
        ]
