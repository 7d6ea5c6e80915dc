from odoo import api, fields, models

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
        today = fields.Date.context_today(self)
        month = [("date", ">=", today.replace(day=1)), ("date", "<=", today)]
        ((due, done, satisfied),) = Report._read_group(
            month, [], ["due_count:sum", "done_count:sum", "satisfied_count:sum"]
        )
        company = self.env.company
        due_domain = [("deadline", ">=", today.replace(day=1)), ("deadline", "<=", today)]
        common = {"model": "aftersales.callback", "group": _("Callbacks this month"), "unit": "%"}
        return tiles + [
            dict(
                common,
                key="callback_rate",
                label=_("Callback rate"),
                value=rate(done or 0, due or 0) or 0.0,
                target=company.aftersales_callback_rate_target,
                domain=due_domain,
                sequence=70,
                help=self._empty_help(_("No callback due this month")),
            ),
            dict(
                common,
                key="satisfaction_rate",
                label=_("Satisfaction"),
                value=rate(satisfied or 0, done or 0) or 0.0,
                target=company.aftersales_satisfaction_target,
                domain=due_domain + [("state", "=", "done")],
                sequence=80,
                help=self._empty_help(_("No callback done this month")),
            ),
        ]
