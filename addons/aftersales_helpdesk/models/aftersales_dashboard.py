from datetime import datetime, time

from odoo import api, fields, models


class AftersalesDashboard(models.AbstractModel):
    _inherit = "aftersales.dashboard"

    @api.model
    def _dashboard_tiles(self):
        _ = self.env._
        today = fields.Date.context_today(self)
        day_start = datetime.combine(today, time.min)
        day_end = datetime.combine(today, time.max)
        open_cases = [("stage_id.closed", "=", False)]
        tiles = super()._dashboard_tiles() + [
            self._tile(
                f"cases_{state}",
                label,
                "helpdesk.ticket",
                open_cases + [("sla_state", "=", state)],
                10 + index,
                empty,
                group=_("Open cases by SLA"),
            )
            for index, (state, label, empty) in enumerate(
                [
                    ("on_track", _("On track"), _("No open case on track")),
                    ("at_risk", _("At risk"), _("No open case at risk")),
                    ("breached", _("Breached"), _("No open case past its SLA")),
                ]
            )
        ]
        tiles += [
            self._tile(
                "breaches_today",
                _("Breaches today"),
                "helpdesk.ticket",
                [
                    ("sla_state", "=", "breached"),
                    "|",
                    "&",
                    ("sla_response_deadline", ">=", day_start),
                    ("sla_response_deadline", "<=", day_end),
                    "&",
                    ("sla_restore_deadline", ">=", day_start),
                    ("sla_restore_deadline", "<=", day_end),
                ],
                20,
                _("No case breached its SLA today"),
                group=_("Cases"),
            ),
        ]
        return tiles
