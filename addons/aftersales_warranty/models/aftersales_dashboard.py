from odoo import api, models

from odoo.addons.aftersales_base.tools.kpi import rate


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
            self._inwarranty_timeliness_tile(),
        ]

    @api.model
    def _inwarranty_timeliness_tile(self):
        """保修内服务及时率 (001) of the cases reported this month, against the company's target."""
        _ = self.env._
        Ticket = self.env["helpdesk.ticket"]

        def timely_rate(start, end):
            total, timely = Ticket._in_warranty_timeliness_counts(*self._utc_bounds(start, end))
            return rate(timely, total)

        def late(start, end):
            first, last = self._utc_bounds(start, end)
            return [
                ("in_warranty", "=", True),
                ("reported_date", ">=", first),
                ("reported_date", "<=", last),
                ("sla_state", "=", "breached"),
            ]

        return self._kpi_tile(
            "inwarranty_timeliness",
            _("In-warranty service on time"),
            _("Cases"),
            "helpdesk.ticket",
            23,
            _("No in-warranty case missed its SLA this month"),
            period="month",
            figure=timely_rate,
            domain=late,
            target=self.env.company.aftersales_inwarranty_timely_target,
        )
