import calendar

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class AftersalesMaintenanceWindow(models.Model):
    """A season in which a seasonal plan's visit must take place (秦泰 air-conditioning: 3/20-4/20,
    7/15-8/15, 10/15-11/15): one visit per window and year."""

    _name = "aftersales.maintenance.window"
    _description = "Seasonal Maintenance Window"
    _order = "template_id, start_month, start_day"

    template_id = fields.Many2one("fsm.recurring.template", required=True, ondelete="cascade", index=True)
    start_month = fields.Integer(required=True)
    start_day = fields.Integer(required=True)
    end_month = fields.Integer(required=True)
    end_day = fields.Integer(required=True)

    _sql_constraints = [
        ("start_month_valid", "CHECK(start_month BETWEEN 1 AND 12)", "A window starts in a month from 1 to 12."),
        ("end_month_valid", "CHECK(end_month BETWEEN 1 AND 12)", "A window ends in a month from 1 to 12."),
    ]

    @api.depends("start_month", "start_day", "end_month", "end_day")
    def _compute_display_name(self):
        for window in self:
            window.display_name = f"{window.start_month}/{window.start_day}-{window.end_month}/{window.end_day}"

    @api.constrains("start_month", "start_day", "end_month", "end_day")
    def _check_days(self):
        for window in self:
            for month, day in ((window.start_month, window.start_day), (window.end_month, window.end_day)):
                # 2000 is a leap year: 2/29 is a valid day of a window.
                if 1 <= month <= 12 and not 1 <= day <= calendar.monthrange(2000, month)[1]:
                    raise ValidationError(
                        self.env._("%(month)s/%(day)s is not a day of the year.", month=month, day=day)
                    )

    def _as_tuples(self):
        """``((start month, day), (end month, day))`` for the schedule functions."""
        return tuple(((w.start_month, w.start_day), (w.end_month, w.end_day)) for w in self)
