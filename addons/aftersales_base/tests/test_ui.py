from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestVehicleUi(HttpCase):
    def test_register_vehicle_tour(self):
        self.start_tour(
            "/odoo/action-aftersales_base.aftersales_vehicle_action", "aftersales_vehicle_tour", login="admin"
        )
        vehicle = self.env["aftersales.vehicle"].search([("vin", "=", "TSTADRJF7K1009999")])
        self.assertEqual(vehicle.license_plate, "京B·TOUR1")
        self.assertEqual(vehicle.odometer, 1500)
