from odoo import api, models

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        """新车交接后培训达标率 over the last twelve months, against the company's target."""
        tiles = super()._dashboard_tiles()
        Vehicle = self.env["aftersales.vehicle"]
        if not Vehicle.has_access("read"):
            return tiles
        _ = self.env._

        def pass_rate(start, end):
            handed_over, trained = Vehicle._training_pass_rate(start, end)
            return rate(trained, handed_over) or 0.0

        (since, today), previous, previous_label = self._periods("12months")
        domain = [("delivery_date", ">=", since), ("delivery_date", "<=", today)]
        return tiles + [
            {
                "key": "training_pass_rate",
                "label": _("Operators trained after handover"),
                "group": _("Training (12 months)"),
                "unit": "%",
                "value": pass_rate(since, today),
                "previous": pass_rate(*previous),
                "previous_label": previous_label,
                "target": self.env.company.aftersales_training_target,
                "model": "aftersales.vehicle",
                "domain": domain + [("operators_trained", "=", False)],
                "sequence": 90,
                "help": self._empty_help(_("Every vehicle handed over has trained operators")),
            }
        ]
