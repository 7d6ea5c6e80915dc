from odoo import fields, models

from ..tools.maintenance_schedule import NOTICE_DAYS

MAINTENANCE_SCHEDULES = [
    ("ladder", "Monthly, Quarterly and Annual Visits"),
    ("seasonal", "Seasonal Windows"),
]


class FsmRecurringTemplate(models.Model):
    """A preventive maintenance template: which visits a plan makes and what each one does."""

    _inherit = "fsm.recurring.template"

    aftersales_schedule = fields.Selection(
        MAINTENANCE_SCHEDULES,
        string="Maintenance Schedule",
        help="Monthly, quarterly and annual: a visit every month on the plan's start day, every third one the "
        "quarterly inspection and the twelfth the annual test (004). Seasonal: one visit in each window of the "
        "year (air-conditioning). Empty: the plan follows the frequency set of Field Service.",
    )
    aftersales_window_ids = fields.One2many(
        "aftersales.maintenance.window", "template_id", string="Seasonal Windows", copy=True
    )
    aftersales_notice_days = fields.Integer(
        string="Notice Days", default=NOTICE_DAYS, help="The customer is told this many days before each visit."
    )
    aftersales_monthly_template_id = fields.Many2one(
        "fsm.template", string="Monthly Visit", help="What the monthly visit does: call, site check, log."
    )
    aftersales_quarterly_template_id = fields.Many2one(
        "fsm.template",
        string="Quarterly Inspection",
        help="What the quarterly inspection does: inspect, analyse, test, replace faulty units, 巡检反馈信息单.",
    )
    aftersales_annual_template_id = fields.Many2one(
        "fsm.template", string="Annual Test", help="What the annual visit does: full test and run report."
    )

    def _aftersales_order_template(self, visit_type):
        """The order template of a visit of ``visit_type``: seasonal visits use the template's own."""
        self.ensure_one()
        by_type = {
            "monthly": self.aftersales_monthly_template_id,
            "quarterly": self.aftersales_quarterly_template_id,
            "annual": self.aftersales_annual_template_id,
        }
        return by_type.get(visit_type) or self.fsm_order_template_id
