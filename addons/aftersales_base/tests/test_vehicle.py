from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import AftersalesCase


@tagged("post_install", "-at_install")
class TestVehicle(AftersalesCase):
    def test_vin_is_normalised(self):
        vehicle = self._vehicle(" tstadrjf7k1000001 ")
        self.assertEqual(vehicle.vin, "TSTADRJF7K1000001")
        vehicle.vin = "tsth52e05my200002"
        self.assertEqual(vehicle.vin, "TSTH52E05MY200002")

    def test_bad_vins_name_the_rule(self):
        cases = {
            "TSTADRJF7K100001": "exactly 17",
            "TSTADRJF7K10000O1": "I, O or Q",
            "TSTADRJF7K10000_1": "A-Z",
        }
        for vin, rule in cases.items():
            with self.subTest(vin=vin), self.assertRaisesMessage(ValidationError, rule):
                self._vehicle(vin)

    def test_true_is_no_record_nor_number(self):
        """Python reads True as 1: over RPC it would pick record #1 or one kilometre."""
        vehicle = self._vehicle("TSTADRJF7K1000001", station_id=self.station_a.id)
        for name in ("station_id", "odometer"):
            with self.subTest(field=name), self.assertRaisesMessage(ValidationError, "is not a valid value"):
                vehicle.write({name: True})
        self.assertEqual(vehicle.station_id, self.station_a)
        vehicle.write({"station_id": False})
        self.assertFalse(vehicle.station_id, "False still empties a field")

    def test_vin_unique_per_company(self):
        self._vehicle("TSTADRJF7K1000001")
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.cr.savepoint():
            self._vehicle("tstadrjf7k1000001")
        other_company = self.env["res.company"].create({"name": "Other Maker"})
        twin = self.env["aftersales.vehicle"].create({"vin": "TSTADRJF7K1000001", "company_id": other_company.id})
        self.assertEqual(twin.company_id, other_company)

    def test_serial_created_from_vehicle(self):
        vehicle = self._vehicle("TSTADRJF7K1000001")
        self.assertEqual(vehicle.lot_id.name, "TSTADRJF7K1000001")
        self.assertEqual(vehicle.lot_id.product_id, self.model)

    def test_vehicle_created_from_serial(self):
        lot = self.env["stock.lot"].create({"name": "TSTH52E05MY200002", "product_id": self.model.id})
        action = lot.action_aftersales_vehicle()
        vehicle = self.env["aftersales.vehicle"].browse(action["res_id"])
        self.assertEqual((vehicle.vin, vehicle.product_id, vehicle.lot_id), (lot.name, self.model, lot))
        self.assertEqual(lot.action_aftersales_vehicle()["res_id"], vehicle.id, "a serial has one vehicle")

    def test_existing_serial_is_reused(self):
        lot = self.env["stock.lot"].create({"name": "TSTH52E05MY200002", "product_id": self.model.id})
        self.assertEqual(self._vehicle("TSTH52E05MY200002").lot_id, lot)

    def test_search_by_plate_and_engine_number(self):
        vehicle = self._vehicle("TSTADRJF7K1000001", license_plate="京A·12345", engine_number="EA888-001")
        Vehicle = self.env["aftersales.vehicle"]
        for term in ("12345", "EA888", "K1000001"):
            self.assertIn(vehicle, Vehicle.browse([r[0] for r in Vehicle.name_search(term)]), term)
        self.assertEqual(vehicle.display_name, "京A·12345 / TSTADRJF7K1000001")

    def test_station_code_unique(self):
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.cr.savepoint():
            self.env["res.partner"].create({"name": "Copy", "is_service_station": True, "station_code": "TA1"})
