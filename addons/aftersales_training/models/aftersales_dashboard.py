from odoo import api, models

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        """新车交接后培训达标率 over the last twelve months, against the company's target."""
        _ = self.env._
        Vehicle = self.env["aftersales.vehicle"]

        def pass_rate(start, end):
            handed_over, trained = Vehicle._training_pass_rate(start, end)
            return rate(trained, handed_over)

        return super()._dashboard_tiles() + [
            self._kpi_tile(
                "training_pass_rate",
                _("Operators trained after handover"),
                _("Training (12 months)"),
                "aftersales.vehicle",
                90,
                _("Every vehicle handed over has trained operators"),
                period="12months",
                figure=pass_rate,
                domain=lambda start, end: [
                    ("delivery_date", ">=", start),
                    ("delivery_date", "<=", end),
                    ("operators_trained", "=", False),
                ],
                target=self.env.company.aftersales_training_target,
            )
        ]
