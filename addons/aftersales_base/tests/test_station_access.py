from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import AftersalesCase


@tagged("post_install", "-at_install")
class TestStationAccess(AftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.serviced_a = cls._vehicle("TSTADRJF7K1000001", station_id=cls.station_a.id)
        cls.sold_by_a = cls._vehicle("TSTADRJF7K1000002", dealer_id=cls.station_a.id, station_id=cls.station_b.id)
        cls.of_b = cls._vehicle("TSTADRJF7K1000003", station_id=cls.station_b.id)
        cls.unassigned = cls._vehicle("TSTADRJF7K1000004")
        cls.station_user = new_test_user(cls.env, "station_a", groups="aftersales_base.group_aftersales_station")
        cls.station_user.aftersales_station_id = cls.station_a

    def test_station_user_sees_only_its_station(self):
        Vehicle = self.env["aftersales.vehicle"].with_user(self.station_user)
        mine = Vehicle.search([("id", "in", (self.serviced_a | self.sold_by_a | self.of_b | self.unassigned).ids)])
        self.assertEqual(mine, self.serviced_a | self.sold_by_a)
        with self.assertRaises(AccessError):
            self.of_b.with_user(self.station_user).read(["vin"])

    def test_station_user_without_station_sees_nothing(self):
        loner = new_test_user(self.env, "loner", groups="aftersales_base.group_aftersales_station")
        self.assertFalse(self.env["aftersales.vehicle"].with_user(loner).search([]))

    def test_call_centre_sees_all(self):
        everything = self.serviced_a | self.sold_by_a | self.of_b | self.unassigned
        found = self.env["aftersales.vehicle"].with_user(self.agent).search([("id", "in", everything.ids)])
        self.assertEqual(found, everything)

    def test_station_user_cannot_delete(self):
        with self.assertRaises(AccessError):
            self.serviced_a.with_user(self.station_user).unlink()
