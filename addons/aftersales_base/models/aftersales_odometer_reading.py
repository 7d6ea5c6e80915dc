from collections import defaultdict
from itertools import pairwise

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.locking import lock_rows_nowait


class AftersalesOdometerReading(models.Model):
    _name = "aftersales.odometer.reading"
    _description = "Odometer Reading"
    _check_company_auto = True
    _inherit = ["aftersales.rpc.mixin"]
    _order = "date desc, id desc"
    _rec_name = "value"

    vehicle_id = fields.Many2one(
        "aftersales.vehicle", required=True, ondelete="cascade", index=True, check_company=True
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    value = fields.Integer(string="Odometer (km)", required=True, aggregator="max")
    source = fields.Selection(
        [("manual", "Manual"), ("case", "Case"), ("repair", "Repair")],
        required=True,
        default="manual",
    )
    company_id = fields.Many2one(related="vehicle_id.company_id", store=True, index=True)
    user_id = fields.Many2one("res.users", string="Recorded by", default=lambda self: self.env.user)

    @api.model_create_multi
    def create(self, vals_list):
        # Two people recording readings of one vehicle at once must not both pass the order check.
        vehicle_ids = {vals["vehicle_id"] for vals in vals_list if vals.get("vehicle_id")}
        if vehicle_ids:
            lock_rows_nowait(
                self.env,
                "SELECT id FROM aftersales_vehicle WHERE id IN %s ORDER BY id FOR UPDATE NOWAIT",
                [tuple(vehicle_ids)],
                self.env._("Someone else is recording a reading of this vehicle right now; try again in a moment."),
            )
        return super().create(vals_list)

    @api.constrains("value", "date", "vehicle_id")
    def _check_value(self):
        _ = self.env._
        for reading in self:
            if reading.value < 0:
                raise ValidationError(_("An odometer reading cannot be negative (%(value)s km).", value=reading.value))
            delivery = reading.vehicle_id.delivery_date
            if delivery and reading.date < delivery:
                raise ValidationError(
                    _(
                        "Reading of %(date)s is dated before the delivery of %(vehicle)s on %(delivery)s.",
                        date=reading.date,
                        vehicle=reading.vehicle_id.display_name,
                        delivery=delivery,
                    )
                )
        by_vehicle = defaultdict(list)
        for reading in self.search([("vehicle_id", "in", self.vehicle_id.ids)]):
            by_vehicle[reading.vehicle_id].append(reading)
        for vehicle, readings in by_vehicle.items():
            readings.sort(key=lambda r: (r.date, r.id))
            for earlier, later in pairwise(readings):
                if later.value < earlier.value:
                    raise ValidationError(
                        _(
                            "Odometer readings of %(vehicle)s cannot go down: %(later)s km on %(later_date)s "
                            "is lower than %(earlier)s km on %(earlier_date)s.",
                            vehicle=vehicle.display_name,
                            later=later.value,
                            later_date=later.date,
                            earlier=earlier.value,
                            earlier_date=earlier.date,
                        )
                    )
