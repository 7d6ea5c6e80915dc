from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.vin import normalize_vin, vin_problem


class AftersalesVehicle(models.Model):
    _name = "aftersales.vehicle"
    _description = "Vehicle"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.rpc.mixin"]
    _order = "name, id"
    _rec_names_search = ["vin", "license_plate", "engine_number"]

    name = fields.Char(compute="_compute_name", store=True, index="trigram")
    vin = fields.Char(
        string="VIN",
        required=True,
        tracking=True,
        help="Vehicle identification number (车架号/底盘号): 17 characters A-Z and 0-9, without I, O and Q.",
    )
    license_plate = fields.Char(tracking=True, index="trigram")
    engine_number = fields.Char(tracking=True, index="trigram")
    product_id = fields.Many2one(
        "product.product",
        string="Model",
        tracking=True,
        index=True,
        domain="[('aftersales_is_vehicle', '=', True)]",
        check_company=True,
    )
    categ_id = fields.Many2one(related="product_id.categ_id", string="Model Category")
    lot_id = fields.Many2one(
        "stock.lot",
        string="Serial Number",
        index="btree_not_null",
        check_company=True,
        domain="[('product_id', '=?', product_id)]",
        help="The serial the vehicle left the factory with; its name is the VIN.",
    )
    partner_id = fields.Many2one("res.partner", string="Owner", tracking=True, index=True, check_company=True)
    partner_phone = fields.Char(related="partner_id.phone", string="Owner Phone")
    dealer_id = fields.Many2one(
        "res.partner",
        string="Selling Dealer",
        tracking=True,
        index="btree_not_null",
        domain="[('is_service_station', '=', True)]",
        check_company=True,
    )
    station_id = fields.Many2one(
        "res.partner",
        string="Service Station",
        tracking=True,
        index="btree_not_null",
        domain="[('is_service_station', '=', True)]",
        help="The station that looks after this vehicle; its users see the vehicle.",
        check_company=True,
    )
    user_id = fields.Many2one(
        "res.users",
        string="Service Adviser",
        tracking=True,
        default=lambda self: self.env.user,
        help="Receives the maintenance reminders of this vehicle.",
    )
    sale_date = fields.Date(tracking=True)
    delivery_date = fields.Date(tracking=True, help="Handed over to the owner; warranty starts here by default.")
    odometer = fields.Integer(
        string="Odometer (km)",
        compute="_compute_odometer",
        inverse="_inverse_odometer",
        store=True,
        help="Latest odometer reading. Setting it records a new manual reading.",
    )
    odometer_reading_ids = fields.One2many("aftersales.odometer.reading", "vehicle_id", string="Odometer Readings")
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    active = fields.Boolean(default=True)
    note = fields.Html()

    _sql_constraints = [
        ("vin_company_uniq", "unique(vin, company_id)", "A vehicle with this VIN already exists in this company."),
    ]

    @api.depends("vin", "license_plate")
    def _compute_name(self):
        for vehicle in self:
            vehicle.name = " / ".join(filter(None, [vehicle.license_plate, vehicle.vin]))

    @api.depends("odometer_reading_ids.value")
    def _compute_odometer(self):
        # Readings never go down, so the highest one is the latest.
        for vehicle in self:
            vehicle.odometer = max(vehicle.odometer_reading_ids.mapped("value") or [0])

    def _inverse_odometer(self):
        to_record = self.filtered(
            lambda v: v.odometer and v.odometer != max(v.odometer_reading_ids.mapped("value") or [0])
        )
        self.env["aftersales.odometer.reading"].create(
            [{"vehicle_id": v.id, "value": v.odometer, "source": "manual"} for v in to_record]
        )

    @api.constrains("vin")
    def _check_vin(self):
        for vehicle in self:
            problem = vin_problem(vehicle.vin)
            if problem:
                raise ValidationError(self._vin_problem_message(vehicle.vin, problem))

    def _vin_problem_message(self, vin, problem):
        _ = self.env._
        messages = {
            "empty": _("A vehicle needs a VIN."),
            "forbidden_letter": _(
                "VIN %(vin)s contains I, O or Q: these letters are never used in a VIN (they read like 1 and 0).",
                vin=vin,
            ),
            "bad_character": _("VIN %(vin)s may contain only the letters A-Z and the digits 0-9.", vin=vin),
            "length": _("VIN %(vin)s has %(count)s characters: a VIN has exactly 17.", vin=vin, count=len(vin or "")),
        }
        return messages[problem]

    @api.onchange("lot_id")
    def _onchange_lot_id(self):
        if self.lot_id:
            self.vin = self.vin or self.lot_id.name
            self.product_id = self.product_id or self.lot_id.product_id

    @api.model_create_multi
    def create(self, vals_list):
        lots = self.env["stock.lot"].browse([vals["lot_id"] for vals in vals_list if vals.get("lot_id")])
        lot_by_id = {lot.id: lot for lot in lots}
        for vals in vals_list:
            lot = lot_by_id.get(vals.get("lot_id"))
            if lot:
                vals.setdefault("vin", lot.name)
                vals.setdefault("product_id", lot.product_id.id)
            if "vin" in vals:
                vals["vin"] = normalize_vin(vals["vin"])
        vehicles = super().create(vals_list)
        vehicles._create_missing_lots()
        return vehicles

    def write(self, vals):
        if "vin" in vals:
            vals["vin"] = normalize_vin(vals["vin"])
        return super().write(vals)

    def _create_missing_lots(self):
        """Give serial-tracked models their stock serial, named after the VIN, so stock and repairs find it."""
        todo = self.filtered(lambda v: not v.lot_id and v.product_id.tracking == "serial")
        if not todo:
            return
        lots = {
            (lot.product_id.id, lot.name, lot.company_id.id): lot
            for lot in self.env["stock.lot"].search(
                [("product_id", "in", todo.product_id.ids), ("name", "in", todo.mapped("vin"))]
            )
        }

        def existing(vehicle):
            # A serial without company is shared by all companies.
            key = (vehicle.product_id.id, vehicle.vin)
            return lots.get((*key, vehicle.company_id.id)) or lots.get((*key, False))

        missing = todo.filtered(lambda v: not existing(v))
        new_lots = self.env["stock.lot"].create(
            [{"name": v.vin, "product_id": v.product_id.id, "company_id": v.company_id.id} for v in missing]
        )
        lots.update({(lot.product_id.id, lot.name, lot.company_id.id): lot for lot in new_lots})
        for vehicle in todo:
            vehicle.lot_id = existing(vehicle)

    def _factory_record_part_changes(self):
        """Rows (date, part, old part no., new part no., reason, recorded by) of the factory record's major
        part changes (表1); repair jobs add theirs."""
        return []

    def _factory_shipment(self):
        """The delivery that took the vehicle's serial out of the warehouse first: the ex-factory date and
        the packing list (装箱单) of the product archive (产品出厂档案). Read as superuser: whoever may
        print the vehicle's archive may see how it left, without stock rights."""
        self.ensure_one()
        if not self.lot_id:
            return self.env["stock.picking"]
        line = (
            self.env["stock.move.line"]
            .sudo()
            .search(
                [("lot_id", "=", self.lot_id.id), ("state", "=", "done"), ("picking_code", "=", "outgoing")],
                order="date, id",
                limit=1,
            )
        )
        return line.picking_id

    def _factory_packing_lines(self, shipment):
        """What ``shipment`` packed with this vehicle: the vehicle itself, its accessories and papers, not the
        other vehicles shipped with it."""
        self.ensure_one()
        return shipment.move_line_ids.filtered(
            lambda line: line.state == "done"
            and (not line.product_id.aftersales_is_vehicle or line.lot_id == self.lot_id)
        )
