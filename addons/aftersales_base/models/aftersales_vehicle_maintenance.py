from datetime import timedelta

from odoo import api, fields, models
from odoo.tools.misc import get_lang

from ..tools.jobs import queue_rest
from ..tools.maintenance import daily_distance, next_service


class AftersalesVehicle(models.Model):
    """Maintenance schedule of a vehicle (保养周期 / 下一次保养期) and its reminders."""

    _inherit = "aftersales.vehicle"

    maintenance_interval_months = fields.Integer(related="product_id.aftersales_maintenance_months")
    maintenance_interval_km = fields.Integer(related="product_id.aftersales_maintenance_km")
    last_service_date = fields.Date(
        compute="_compute_last_service_date",
        store=True,
        readonly=False,
        tracking=True,
        help="Date of the last maintenance; the delivery date until the first one.",
    )
    last_service_odometer = fields.Integer(string="Last Service Odometer (km)", tracking=True)
    next_service_date = fields.Date(
        compute="_compute_next_service",
        store=True,
        index="btree_not_null",
        help="Interval in months from the last service, or earlier when the vehicle is expected to reach "
        "the distance interval first at its average daily distance.",
    )
    next_service_km = fields.Integer(string="Next Service (km)", compute="_compute_next_service", store=True)

    @api.depends("delivery_date")
    def _compute_last_service_date(self):
        for vehicle in self:
            vehicle.last_service_date = vehicle.last_service_date or vehicle.delivery_date

    @api.depends(
        "last_service_date",
        "last_service_odometer",
        "product_id.aftersales_maintenance_months",
        "product_id.aftersales_maintenance_km",
        "odometer_reading_ids.value",
        "odometer_reading_ids.date",
        "delivery_date",
    )
    def _compute_next_service(self):
        for vehicle in self:
            readings = vehicle.odometer_reading_ids.sorted(lambda r: (r.date, r.id))
            latest = readings[-1:] if readings else None
            if vehicle.delivery_date:
                first_date, first_km = vehicle.delivery_date, 0
            elif readings:
                first_date, first_km = readings[0].date, readings[0].value
            else:
                first_date = first_km = None
            km_per_day = latest and daily_distance(first_date, first_km, latest.date, latest.value)
            vehicle.next_service_date, due_km = next_service(
                vehicle.last_service_date,
                vehicle.last_service_odometer,
                vehicle.maintenance_interval_months,
                vehicle.maintenance_interval_km,
                current_date=latest.date if latest else None,
                current_km=latest.value if latest else None,
                km_per_day=km_per_day,
            )
            vehicle.next_service_km = due_km or 0

    @api.model
    def _cron_maintenance_reminders(self, batch_size=1000):
        """Schedule one 'maintenance due' activity per vehicle due soon; re-runs skip vehicles already reminded."""
        # A scheduled job has no language: what it writes reads in the company's language.
        self = self.with_context(lang=get_lang(self.env).code)
        activity_type = self.env.ref("aftersales_base.mail_activity_type_maintenance_due")
        today = fields.Date.context_today(self)
        done = remaining = 0
        for company in self.env["res.company"].search([]):
            horizon = today + timedelta(days=company.aftersales_maintenance_reminder_days)
            domain = [
                ("company_id", "=", company.id),
                ("next_service_date", "<=", horizon),
                ("activity_ids", "not any", [("activity_type_id", "=", activity_type.id)]),
            ]
            if done < batch_size:  # a limit of 0 would mean no limit at all
                vehicles = self.search(domain, limit=batch_size - done, order="next_service_date, id")
                vehicles._schedule_maintenance_activity(activity_type)
                done += len(vehicles)
            if done >= batch_size:
                remaining += self.search_count(domain)
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        queue_rest(
            self, "_cron_maintenance_reminders", remaining, "aftersales_maintenance_reminders", batch_size=batch_size
        )
        return done

    def _schedule_maintenance_activity(self, activity_type):
        model_id = self.env["ir.model"]._get_id(self._name)
        values = []
        for vehicle in self:
            user = vehicle.user_id or vehicle.station_id.user_id or self.env.user
            # The summary is written to the user who will call the customer, in their language.
            _ = vehicle.with_context(lang=user.lang or self.env.lang).env._
            values.append(
                {
                    "res_model_id": model_id,
                    "res_id": vehicle.id,
                    "activity_type_id": activity_type.id,
                    "date_deadline": vehicle.next_service_date,
                    "user_id": user.id,
                    "summary": _("Maintenance due: %(vehicle)s", vehicle=vehicle.display_name),
                }
            )
        self.env["mail.activity"].create(values)
