from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_maintenance_reminder_days = fields.Integer(
        string="Maintenance Reminder (days ahead)",
        default=14,
        help="A maintenance reminder activity is scheduled this many days before a vehicle's next service.",
    )

    _sql_constraints = [
        (
            "aftersales_maintenance_reminder_days_positive",
            "CHECK(aftersales_maintenance_reminder_days >= 0)",
            "The maintenance reminder cannot be a negative number of days.",
        ),
    ]
