from odoo import api, fields, models

from ..tools.phone import normalize_phone

SERVICE_ZONES = [("city", "City"), ("province", "Province"), ("remote", "Remote")]


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_service_station = fields.Boolean(
        string="Service Station / Dealer",
        index=True,
        help="An outlet of the network (dealer, service station, 4S shop) that sells or services vehicles.",
    )
    station_code = fields.Char(copy=False, index="btree_not_null")
    service_zone = fields.Selection(
        SERVICE_ZONES,
        help="Where the customer or station is, seen from the service network; "
        "it selects the on-site times of the SLA.",
    )
    aftersales_authorised = fields.Boolean(
        string="Authorised",
        help="Only authorised outlets may sell or service the maker's vehicles.",
    )
    aftersales_service_ids = fields.Many2many(
        "aftersales.station.service",
        string="Authorised Services",
    )
    aftersales_vehicle_ids = fields.One2many("aftersales.vehicle", "partner_id", string="Vehicles")
    aftersales_vehicle_count = fields.Integer(compute="_compute_aftersales_vehicle_count", string="Vehicle Count")

    aftersales_phone_e164 = fields.Char(
        string="Phone (E.164)", compute="_compute_aftersales_e164", store=True, index="btree_not_null"
    )
    aftersales_mobile_e164 = fields.Char(
        string="Mobile (E.164)", compute="_compute_aftersales_e164", store=True, index="btree_not_null"
    )

    _sql_constraints = [
        ("station_code_uniq", "unique(station_code)", "Another station already has this station code."),
    ]

    @api.depends("phone", "mobile", "country_id")
    def _compute_aftersales_e164(self):
        """Normalised numbers make caller lookup one indexed equality, whatever way a number was typed."""
        default_region = self.env.company.aftersales_phone_region
        for partner in self:
            region = partner.country_id.code or default_region
            partner.aftersales_phone_e164 = normalize_phone(partner.phone, region)
            partner.aftersales_mobile_e164 = normalize_phone(partner.mobile, region)

    def _compute_aftersales_vehicle_count(self):
        Vehicle = self.env["aftersales.vehicle"]
        owned = dict(Vehicle._read_group([("partner_id", "in", self.ids)], ["partner_id"], ["__count"]))
        serviced = dict(Vehicle._read_group([("station_id", "in", self.ids)], ["station_id"], ["__count"]))
        for partner in self:
            partner.aftersales_vehicle_count = owned.get(partner, 0) + serviced.get(partner, 0)

    @api.onchange("is_service_station")
    def _onchange_is_service_station(self):
        if self.is_service_station and not self.is_company:
            self.is_company = True

    def action_view_aftersales_vehicles(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_base.aftersales_vehicle_action")
        if self.is_service_station:
            action["domain"] = [
                "|",
                "|",
                ("partner_id", "=", self.id),
                ("station_id", "=", self.id),
                ("dealer_id", "=", self.id),
            ]
            action["context"] = {"default_station_id": self.id}
        else:
            action["domain"] = [("partner_id", "=", self.id)]
            action["context"] = {"default_partner_id": self.id}
        return action
