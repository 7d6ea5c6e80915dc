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
            ),
            self._shipment_accuracy_tile(),
        ]

    @api.model
    def _shipment_accuracy_tile(self):
        """配件出货正确率 of the requests issued this month, against the company's target."""
        _ = self.env._
        Request = self.env["aftersales.part.request"]

        def issued(start, end):
            first, last = self._utc_bounds(start, end)
            return [("state", "=", "done"), ("done_date", ">=", first), ("done_date", "<=", last)]

        def accuracy(start, end):
            ((count, value),) = Request._read_group(issued(start, end), [], ["__count", "shipment_accuracy:avg"])
            return round(value, 2) if count else None

        return self._kpi_tile(
            "shipment_accuracy",
            _("Parts shipped correctly"),
            _("Spare parts (this month)"),
            "aftersales.part.request",
            45,
            _("No part request issued this month"),
            period="month",
            figure=accuracy,
            domain=issued,
            target=self.env.company.aftersales_shipment_accuracy_target,
        )
