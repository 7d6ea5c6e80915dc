import csv
import io

from odoo.tests import tagged

from .common import AftersalesCase

FIELDS = ["vin", "license_plate", "engine_number", "product_id", "partner_id", "delivery_date", "odometer"]


@tagged("post_install", "-at_install")
class TestVehicleImport(AftersalesCase):
    def _import(self, rows):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(FIELDS)
        writer.writerows(rows)
        wizard = self.env["base_import.import"].create(
            {"res_model": "aftersales.vehicle", "file": buffer.getvalue().encode(), "file_type": "text/csv"}
        )
        options = {"has_headers": True, "quoting": '"', "separator": ",", "date_format": "%Y-%m-%d"}
        return wizard.execute_import(FIELDS, FIELDS, options)

    def _rows(self, count):
        return [
            [f"TSTADRJF7K{i:07d}", f"京A·{i:05d}", f"ENG{i}", "Test Sedan", "Owner", "2026-01-01", i * 10]
            for i in range(1, count + 1)
        ]

    def test_import_1000_vehicles(self):
        result = self._import(self._rows(1000))
        self.assertFalse(result["messages"], result["messages"][:3])
        vehicles = self.env["aftersales.vehicle"].browse(result["ids"])
        self.assertEqual(len(vehicles), 1000)
        last = vehicles.filtered(lambda v: v.vin == "TSTADRJF7K0001000")
        self.assertEqual((last.product_id, last.partner_id, last.odometer), (self.model, self.owner, 10000))
        self.assertEqual(last.lot_id.name, last.vin)
        self.assertEqual(len(last.odometer_reading_ids), 1)

    def test_bad_row_is_reported_and_nothing_imported(self):
        rows = self._rows(20)
        rows[9][0] = "TSTADRJF7K00000I0"
        result = self._import(rows)
        self.assertTrue(any("I, O or Q" in message["message"] for message in result["messages"]), result)
        self.assertFalse(self.env["aftersales.vehicle"].search_count([("vin", "like", "TSTADRJF7K")]))
