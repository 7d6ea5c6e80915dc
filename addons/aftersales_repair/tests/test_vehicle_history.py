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
