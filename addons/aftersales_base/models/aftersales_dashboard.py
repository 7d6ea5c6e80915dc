from datetime import datetime, time

import pytz
from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import api, fields, models


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
    def _periods(self, kind):
        """The period a KPI tile measures and the one before, as dates, and what the one before is called:
        ``((start, end), (previous start, previous end), label)``; ``kind`` is ``month`` (this month so far),
        ``year`` (this year so far) or ``12months`` (the last twelve months)."""
        _ = self.env._
        today = fields.Date.context_today(self)
        if kind == "month":
            start = today.replace(day=1)
            previous = start - relativedelta(months=1)
            return (start, today), (previous, start - relativedelta(days=1)), _("Last month")
        if kind == "year":
            start = today.replace(month=1, day=1)
            previous = start - relativedelta(years=1)
            return (start, today), (previous, start - relativedelta(days=1)), _("Last year")
        start = today - relativedelta(months=12)
        return (start, today), (start - relativedelta(months=12), start - relativedelta(days=1)), _("12 months before")

    @api.model
    def _utc_bounds(self, start, end):
        """The user's days ``start`` to ``end`` as naive UTC datetimes, as datetime fields are stored: a
        month in Shanghai starts at 16:00 UTC on the last day of the month before."""
        tz = pytz.timezone(self.env.context.get("tz") or self.env.user.tz or "UTC")

        def utc(day, moment):
            return tz.localize(datetime.combine(day, moment)).astimezone(pytz.utc).replace(tzinfo=None)

        return utc(start, time.min), utc(end, time.max)

    @api.model
    def _kpi_tile(
        self,
        key,
        label,
        group,
        model,
        sequence,
        empty,
        *,
        period,
        figure,
        domain,
        target,
        unit="%",
        lower_is_better=False,
    ):
        """A KPI tile (in percent unless ``unit`` says otherwise): ``figure(start, end)`` for this ``period``
        (see ``_periods``) and the one before, against ``target`` (a floor, or a ceiling when
        ``lower_is_better``); it opens the records of ``domain(start, end)`` of ``model``. ``None`` when the
        user may not read the model."""
        if not self.env[model].has_access("read"):
            return None
        (start, end), previous, previous_label = self._periods(period)
        return {
            "key": key,
            "label": label,
            "group": group,
            "unit": unit,
            "lower_is_better": lower_is_better,
            "value": figure(start, end),
            "previous": figure(*previous),
            "previous_label": previous_label,
            "target": target,
            "model": model,
            "domain": domain(start, end),
            "sequence": sequence,
            "help": self._empty_help(empty),
        }

    @api.model
    def _dashboard_tiles(self):
        """Tiles of the installed addons (none in the frame itself)."""
        return []
