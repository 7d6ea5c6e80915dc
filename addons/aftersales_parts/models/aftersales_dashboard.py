from datetime import datetime, time

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
        Request = self.env["aftersales.part.request"]
        if not Request.has_access("read"):
            return None
        _ = self.env._

        def issued(start, end):
            return [
                ("state", "=", "done"),
                ("done_date", ">=", datetime.combine(start, time.min)),
                ("done_date", "<=", datetime.combine(end, time.max)),
            ]

        def accuracy(domain):
            ((value,),) = Request._read_group(domain, [], ["shipment_accuracy:avg"])
            return round(value or 0.0, 2)

        current, previous, previous_label = self._periods("month")
        domain = issued(*current)
        return {
            "key": "shipment_accuracy",
            "label": _("Parts shipped correctly"),
            "group": _("Spare parts (this month)"),
            "unit": "%",
            "value": accuracy(domain),
            "previous": accuracy(issued(*previous)),
            "previous_label": previous_label,
            "target": self.env.company.aftersales_shipment_accuracy_target,
            "model": "aftersales.part.request",
            "domain": domain,
            "sequence": 45,
            "help": self._empty_help(_("No part request issued this month")),
        }
