from odoo import api, models

from odoo.addons.aftersales_base.tools.kpi import rate


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        """This month's callback and satisfaction rates against the company's targets."""
        tiles = super()._dashboard_tiles()
        Report = self.env["aftersales.callback.report"]
        if not Report.has_access("read"):
            return tiles
        _ = self.env._

        def rates(start, end):
            ((due, done, satisfied),) = Report._read_group(
                [("date", ">=", start), ("date", "<=", end)],
                [],
                ["due_count:sum", "done_count:sum", "satisfied_count:sum"],
            )
            return rate(done or 0, due or 0) or 0.0, rate(satisfied or 0, done or 0) or 0.0

        (start, today), previous, previous_label = self._periods("month")
        callback_rate, satisfaction = rates(start, today)
        previous_callback_rate, previous_satisfaction = rates(*previous)
        company = self.env.company
        due_domain = [("deadline", ">=", start), ("deadline", "<=", today)]
        common = {
            "model": "aftersales.callback",
            "group": _("Callbacks this month"),
            "unit": "%",
            "previous_label": previous_label,
        }
        return tiles + [
            dict(
                common,
                key="callback_rate",
                label=_("Callback rate"),
                value=callback_rate,
                previous=previous_callback_rate,
                target=company.aftersales_callback_rate_target,
                domain=due_domain,
                sequence=70,
                help=self._empty_help(_("No callback due this month")),
            ),
            dict(
                common,
                key="satisfaction_rate",
                label=_("Satisfaction"),
                value=satisfaction,
                previous=previous_satisfaction,
                target=company.aftersales_satisfaction_target,
                domain=due_domain + [("state", "=", "done")],
                sequence=80,
                help=self._empty_help(_("No callback done this month")),
            ),
        ]
