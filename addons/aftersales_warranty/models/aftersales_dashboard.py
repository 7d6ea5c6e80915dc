from odoo import api, models


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        _ = self.env._
        return super()._dashboard_tiles() + [
            self._tile(
                "claims_in_review",
                _("Claims under review"),
                "aftersales.warranty.claim",
                [("state", "in", ("submitted", "review"))],
                50,
                _("No warranty claim under review"),
                group=_("Warranty"),
            ),
            self._tile(
                "settlements_unpaid",
                _("Settlements unpaid"),
                "aftersales.warranty.settlement",
                [("state", "in", ("posted", "partial"))],
                60,
                _("No settlement waits for payment"),
                group=_("Warranty"),
            ),
        ]
