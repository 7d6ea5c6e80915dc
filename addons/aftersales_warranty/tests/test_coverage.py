from datetime import date

from odoo.tests import BaseCase, TransactionCase, tagged

from ..tools.coverage import Coverage, coverage_end, coverage_end_km, decide

VEHICLE_WIDE = Coverage(1, date(2026, 1, 1), date(2028, 12, 31), 0, 60000, frozenset(), frozenset({"misuse"}), 100, 100)
BATTERY = Coverage(2, date(2026, 1, 1), date(2033, 12, 31), 0, 150000, frozenset({7}), frozenset(), 100, 50)


@tagged("post_install", "-at_install")
class TestCoverageRule(BaseCase):
    def test_end_of_term(self):
        self.assertEqual(coverage_end(date(2026, 1, 1), 36), date(2028, 12, 31))
        self.assertIsNone(coverage_end(date(2026, 1, 1), 0), "0 months: no time limit")
        self.assertEqual(coverage_end_km(20000, 30000), 50000)
        self.assertIsNone(coverage_end_km(0, 0), "0 km: no distance limit")

    def test_boundary_day_and_km(self):
        def reason(on_date, km):
            return decide([VEHICLE_WIDE], None, on_date, km)["reason"]

        self.assertEqual(reason(date(2028, 12, 31), 60000), "covered", "last day and last km are covered")
        self.assertEqual(reason(date(2029, 1, 1), 100), "expired_date")
        self.assertEqual(reason(date(2027, 1, 1), 60001), "expired_distance")
        self.assertEqual(reason(date(2025, 12, 31), 0), "no_policy", "before the start")

    def test_exclusion_and_no_policy(self):
        self.assertEqual(decide([VEHICLE_WIDE], None, date(2027, 1, 1), 100, "misuse")["reason"], "excluded")
        self.assertEqual(decide([VEHICLE_WIDE], None, date(2027, 1, 1), 100, "water")["reason"], "covered")
        self.assertEqual(decide([BATTERY], 8, date(2027, 1, 1), 100)["reason"], "no_policy", "another part")
        self.assertEqual(decide([], None, date(2027, 1, 1), 100)["reason"], "no_policy")

    def test_key_part_cover_outlives_the_vehicle_cover(self):
        verdict = decide([VEHICLE_WIDE, BATTERY], 7, date(2030, 6, 1), 90000)
        self.assertEqual((verdict["covered"], verdict["warranty_id"], verdict["labour_pct"]), (True, 2, 50))
        other_part = decide([VEHICLE_WIDE, BATTERY], 8, date(2030, 6, 1), 90000)
        self.assertEqual((other_part["covered"], other_part["reason"]), (False, "expired_date"))


@tagged("post_install", "-at_install")
class TestVehicleCoverage(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.model = cls.env["product.product"].create({"name": "Warranty Sedan", "aftersales_is_vehicle": True})
        cls.policy = cls.env.ref("aftersales_warranty.policy_vehicle")

    def _vehicle(self, vin, **vals):
        return self.env["aftersales.vehicle"].create({"vin": vin, "product_id": self.model.id, **vals})

    def test_coverage_created_at_delivery(self):
        vehicle = self._vehicle("WTYADRJF7K1000001")
        self.assertFalse(vehicle.warranty_ids, "not delivered yet")
        vehicle.delivery_date = date(2026, 1, 1)
        coverage = vehicle.warranty_ids.filtered(lambda w: w.policy_id == self.policy)
        self.assertEqual(
            (coverage.start_date, coverage.end_date, coverage.end_km), (date(2026, 1, 1), date(2028, 12, 31), 60000)
        )
        vehicle.delivery_date = date(2026, 2, 1)
        self.assertEqual(
            len(vehicle.warranty_ids.filtered(lambda w: w.policy_id == self.policy)), 1, "recomputed, not doubled"
        )
        self.assertEqual(coverage.end_date, date(2029, 1, 31))

    def test_acceptance_starts_the_day_after(self):
        self.policy.start_event = "acceptance"
        vehicle = self._vehicle("WTYADRJF7K1000002", acceptance_date=date(2026, 3, 9))
        coverage = vehicle.warranty_ids.filtered(lambda w: w.policy_id == self.policy)
        self.assertEqual(coverage.start_date, date(2026, 3, 10))

    def test_get_warranty_coverage_reasons(self):
        vehicle = self._vehicle("WTYADRJF7K1000003", delivery_date=date(2026, 1, 1))
        product = self.env["product.product"].create({"name": "Door handle"})
        cases = [
            (date(2028, 12, 31), 60000, None, "covered"),
            (date(2029, 1, 1), 100, None, "expired_date"),
            (date(2027, 1, 1), 60001, None, "expired_distance"),
            (date(2027, 1, 1), 100, "misuse", "excluded"),
        ]
        for on_date, km, exclusion, reason in cases:
            with self.subTest(reason=reason):
                verdict = vehicle.get_warranty_coverage(product, on_date, km, exclusion)
                self.assertEqual(verdict["reason"], reason)
                self.assertEqual(verdict["covered"], reason == "covered")
        covered = vehicle.get_warranty_coverage(product, date(2027, 1, 1), 100)
        self.assertEqual((covered["parts_pct"], covered["labour_pct"]), (100, 100))
        coverage = vehicle.warranty_ids.filtered(lambda w: w.policy_id == self.policy)
        self.assertEqual(covered["warranty_id"], coverage.id)
        undelivered = self._vehicle("WTYADRJF7K1000004")
        self.assertEqual(undelivered.get_warranty_coverage(product, date(2027, 1, 1), 100)["reason"], "no_policy")
