from odoo import Command
from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase


@tagged("post_install", "-at_install")
class TestVehicleHistory(AftersalesCase):
    def test_service_history_counts(self):
        vehicle = self._vehicle("TSTADRJF7K1000001")
        self.env["helpdesk.ticket"].create(
            [{"name": f"Noise {i}", "description": "Noise", "vehicle_id": vehicle.id} for i in range(2)]
        )
        self.env["repair.order"].create({"vehicle_id": vehicle.id, "partner_id": self.owner.id})
        self.assertEqual((vehicle.ticket_count, vehicle.repair_count), (2, 1))
        self.assertEqual(vehicle.action_view_tickets()["domain"], [("vehicle_id", "=", vehicle.id)])
        self.assertEqual(self.owner.aftersales_vehicle_count, 1)

    def test_factory_record_lists_the_major_parts_fitted(self):
        """表1's part replacements: parts above the old-part threshold fitted by finished jobs."""
        vehicle = self._vehicle("TSTADRJF7K1000001")
        pump, bulb = self.env["product.product"].create(
            [
                {"name": "Water pump", "default_code": "WP-01", "lst_price": 600, "is_storable": True},
                {"name": "Bulb", "default_code": "BU-01", "lst_price": 8, "is_storable": True},
            ]
        )
        job = self.env["repair.order"].create(
            {
                "vehicle_id": vehicle.id,
                "partner_id": self.owner.id,
                "customer_complaint": "Coolant leak",
                "move_ids": [
                    Command.create({"product_id": product.id, "product_uom_qty": 1, "repair_line_type": "add"})
                    for product in (pump, bulb)
                ],
            }
        )
        self.assertEqual(vehicle._factory_record_part_changes(), [], "nothing fitted before the job is done")
        job.action_validate()
        job.action_repair_start()
        job.move_ids.write({"quantity": 1, "picked": True})
        job.action_repair_end()
        self.assertEqual(job.state, "done")
        rows = vehicle._factory_record_part_changes()
        self.assertEqual([(row[1], row[2], row[4]) for row in rows], [("Water pump", "WP-01", "Coolant leak")])
