from odoo import api, models

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        """This month's callback and satisfaction rates against the company's targets."""
        _ = self.env._
        Report = self.env["aftersales.callback.report"]
        company = self.env.company

        def counts(start, end):
            ((due, done, satisfied),) = Report._read_group(
                [("date", ">=", start), ("date", "<=", end)],
                [],
                ["due_count:sum", "done_count:sum", "satisfied_count:sum"],
            )
            return due or 0, done or 0, satisfied or 0

        def callback_rate(start, end):
            due, done, _satisfied = counts(start, end)
            return rate(done, due)

        def satisfaction(start, end):
            _due, done, satisfied = counts(start, end)
            return rate(satisfied, done)

        def due(start, end):
            return [("deadline", ">=", start), ("deadline", "<=", end)]

        group = _("Callbacks this month")
        return super()._dashboard_tiles() + [
            self._kpi_tile(
                "callback_rate",
                _("Callback rate"),
                group,
                "aftersales.callback",
                70,
                _("No callback due this month"),
                period="month",
                figure=callback_rate,
                domain=due,
                target=company.aftersales_callback_rate_target,
            ),
            self._kpi_tile(
                "satisfaction_rate",
                _("Satisfaction"),
                group,
                "aftersales.callback",
                80,
                _("No callback done this month"),
                period="month",
                figure=satisfaction,
                domain=lambda start, end: [*due(start, end), ("state", "=", "done")],
                target=company.aftersales_satisfaction_target,
            ),
        ]
