from datetime import datetime
from datetime import time

from markupsafe import Markup

from odoo import api
from odoo import fields
from odoo import models


class AftersalesDashboard(models.AbstractModel):
    """Figures of the managers' dashboard; each addon adds its tiles in ``_dashboard_tiles``.

    A tile is a dict: ``key``, ``label``, ``value``, optional ``unit`` and ``target``, and the list it
    opens (``model``, ``domain``, and ``help``: what that list says when it is empty), so every figure
    clicks through to the records behind it.
    """

    _name = "aftersales.dashboard"
    _description = "After-Sales Dashboard"

    @api.model
    def get_tiles(self):
        return [tile for tile in self._dashboard_tiles() if tile is not None]

    @api.model
    def _empty_help(self, empty):
        """The opened list's empty state: what it is empty of (a figure of 0 opens an empty list)."""
        return Markup('<p class="o_view_nocontent_smiling_face">%s</p>') % empty

    @api.model
    def _tile(self, key, label, model, domain, sequence, empty, **extra):
        """A counting tile, or ``None`` when the user may not read the model; ``empty`` names what its
        list holds when there is none ("No repair job in progress")."""
        Model = self.env[model]
        if not Model.has_access("read"):
            return None
        return {
            "key": key,
            "label": label,
            "model": model,
            "domain": domain,
            "value": Model.search_count(domain),
            "sequence": sequence,
            "help": self._empty_help(empty),
            **extra,
        }

    @api.model
    def _dashboard_tiles(self):
        _ = self.env._
        today = fields.Date.context_today(self)
        day_start = datetime.combine(today, time.min)
        day_end = datetime.combine(today, time.max)
        open_cases = [("stage_id.closed", "=", False)]
        tiles = [
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
            self._tile(
                "jobs_in_progress",
                _("Jobs in progress"),
                "repair.order",
                [("state", "in", ("confirmed", "under_repair"))],
                30,
                _("No repair job in progress"),
                group=_("Workshop"),
            ),
        ]
        return tiles
