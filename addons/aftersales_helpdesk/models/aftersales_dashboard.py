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
        return [*tiles, self._capa_effectiveness_tile()]

    @api.model
    def _capa_effectiveness_tile(self):
        """不合格项关闭有效率 of this year's verifications, against the company's target."""
        Capa = self.env["aftersales.capa"]
        if not Capa.has_access("read"):
            return None
        _ = self.env._
        today = fields.Date.context_today(self)
        domain = [("verification_date", ">=", today.replace(month=1, day=1)), ("verification_date", "<=", today)]
        effectiveness = Capa.closure_effectiveness(domain)
        return {
            "key": "capa_effectiveness",
            "label": _("CAPA closures effective"),
            "group": _("Quality (this year)"),
            "unit": "%",
            "value": round(100.0 * effectiveness, 2) if effectiveness is not None else 0.0,
            "target": self.env.company.aftersales_capa_effectiveness_target,
            "model": "aftersales.capa",
            "domain": domain,
            "sequence": 25,
            "help": self._empty_help(_("No corrective action verified this year")),
        }
