from odoo import api, fields, models


class AftersalesStationMixin(models.AbstractModel):
    """Records handled by a service station (cases, repair jobs): its users see them.

    The station defaults to the one that looks after the record's vehicle (``vehicle_id``).
    """

    _name = "aftersales.station.mixin"
    _description = "Handled by a Service Station"

    station_id = fields.Many2one(
        "res.partner",
        string="Service Station",
        compute="_compute_station_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        tracking=True,
        domain="[('is_service_station', '=', True)]",
        help="The station handling this record; its users see it.",
    )

    @api.depends("vehicle_id")
    def _compute_station_id(self):
        for record in self:
            record.station_id = record.vehicle_id.station_id or record.station_id
