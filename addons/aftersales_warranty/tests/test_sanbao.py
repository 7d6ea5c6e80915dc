from datetime import date, timedelta

from odoo import Command
from odoo.tests import BaseCase, TransactionCase, tagged

from ..tools.sanbao import RepairFact, SanbaoRule, needs_loaner, sanbao_entitlement

HOUSEHOLD = SanbaoRule(
    repair_months=36,
    repair_km=60000,
    sanbao_months=24,
    sanbao_km=50000,
    return_days=7,
    return_part_groups=frozenset({"engine", "gearbox", "battery", "motor"}),
    exchange_days=0,
    early_days=60,
    early_km=3000,
    early_faults=frozenset({"steering_failure", "brake_failure", "body_crack", "fuel_leak", "battery_fire"}),
    safety_repairs=2,
    part_replacements=2,
    max_repair_days=30,
    max_same_repairs=4,
    loaner_days=5,
)
MICRO = HOUSEHOLD._replace(
    repair_months=12,
    repair_km=0,
    sanbao_months=12,
    sanbao_km=0,
    return_part_groups=frozenset(),
    exchange_days=15,
    early_days=0,
    early_faults=frozenset(),
    safety_repairs=0,
    part_replacements=0,
    max_repair_days=0,
    max_same_repairs=2,
)
START = date(2026, 1, 1)


def repair(day, *, days=1, km=1000, problem=False, fault=False, groups=(), name="RO", quality=True):
    date_in = START + timedelta(days=day)
    return RepairFact(name, date_in, date_in + timedelta(days=days), km, problem, fault, tuple(groups), quality)


@tagged("post_install", "-at_install")
class TestSanbaoRule(BaseCase):
    def _entitlement(self, repairs, on_day=100, km=10000, rule=HOUSEHOLD):
        return sanbao_entitlement(rule, START, START + timedelta(days=on_day), km, repairs)[0]

    def test_periods(self):
        self.assertEqual(self._entitlement([]), "repair", "free repair inside the repair warranty")
        self.assertEqual(self._entitlement([], on_day=365 * 3 + 10), "none", "past 3 years")
        self.assertEqual(self._entitlement([], km=60001), "none", "past 60,000 km")
        late = [
            repair(100, fault="brake_failure"),
            repair(200, fault="brake_failure"),
            repair(740, fault="brake_failure"),
        ]
        self.assertEqual(self._entitlement(late, on_day=800, km=40000), "repair", "third repair past the 2 years")
        far = [
            repair(100, fault="brake_failure"),
            repair(200, fault="brake_failure"),
            repair(300, km=50001, fault="brake_failure"),
        ]
        self.assertEqual(self._entitlement(far, on_day=400, km=50001), "repair", "third repair past 50,000 km")

    def test_a_right_earned_in_the_period_is_kept_after_it(self):
        """The exchange earned by three serious-fault repairs in the 2 years stands when asked in year 3."""
        thrice = [repair(100 + 50 * i, fault="brake_failure") for i in range(3)]
        self.assertEqual(self._entitlement(thrice, on_day=300), "exchange")
        self.assertEqual(self._entitlement(thrice, on_day=800, km=55000), "exchange", "asked after the period")

    def test_seven_day_main_part(self):
        self.assertEqual(self._entitlement([repair(7, groups=["gearbox"])]), "return")
        self.assertEqual(self._entitlement([repair(8, groups=["gearbox"])]), "repair", "day 8 is too late")
        self.assertEqual(self._entitlement([repair(3, groups=["brake"])]), "repair", "not a main part")

    def test_early_serious_fault(self):
        self.assertEqual(self._entitlement([repair(60, km=3000, fault="fuel_leak")]), "return")
        self.assertEqual(self._entitlement([repair(61, km=2000, fault="fuel_leak")]), "repair", "day 61")
        self.assertEqual(self._entitlement([repair(30, km=3001, fault="fuel_leak")]), "repair", "past 3,000 km")

    def test_exchange_triggers_in_the_period(self):
        cases = {
            "serious fault still there after two repairs": [
                repair(100 + 50 * i, fault="brake_failure") for i in range(3)
            ],
            "a new serious fault after two repairs": [
                repair(100, fault="brake_failure"),
                repair(150, fault="brake_failure"),
                repair(200, fault="fuel_leak"),
            ],
            "main part not working after two replacements": [repair(100 + 50 * i, groups=["engine"]) for i in range(3)],
            "over 30 repair days": [repair(100, days=20), repair(150, days=11)],
            "same problem over 4 repairs": [repair(100 + 10 * i, problem="P0300") for i in range(5)],
        }
        for label, repairs in cases.items():
            with self.subTest(label):
                self.assertEqual(self._entitlement(repairs, on_day=300), "exchange")
        below = {
            "serious fault repaired twice": [repair(100, fault="brake_failure"), repair(150, fault="brake_failure")],
            "main part replaced twice": [repair(100, groups=["engine"]), repair(150, groups=["engine"])],
            "over 30 days, of which 11 customer-paid maintenance": [
                repair(100, days=20),
                repair(150, days=11, quality=False),
            ],
            "30 repair days exactly": [repair(100, days=20), repair(150, days=10)],
            "same problem 4 times": [repair(100 + 10 * i, problem="P0300") for i in range(4)],
        }
        for label, repairs in below.items():
            with self.subTest(label):
                self.assertEqual(self._entitlement(repairs, on_day=300), "repair")

    def test_microcomputer_windows(self):
        self.assertEqual(self._entitlement([repair(7)], rule=MICRO), "return")
        self.assertEqual(self._entitlement([repair(15)], rule=MICRO), "exchange")
        self.assertEqual(self._entitlement([repair(16)], rule=MICRO), "repair")
        thrice = [repair(30 * i, problem="no boot") for i in (2, 4, 6)]
        self.assertEqual(self._entitlement(thrice, on_day=250, rule=MICRO), "exchange", "more than two repairs")

    def test_reasons_name_the_facts(self):
        _entitlement, reasons = sanbao_entitlement(
            HOUSEHOLD, START, START + timedelta(days=300), 10000, [repair(5, groups=["battery"], name="RO/7")]
        )
        self.assertIn(("return", "return_window", {"job": "RO/7", "days": 7}), reasons)

    def test_loaner(self):
        self.assertFalse(needs_loaner(5, date(2026, 3, 1), date(2026, 3, 6)))
        self.assertTrue(needs_loaner(5, date(2026, 3, 1), date(2026, 3, 7)))
        self.assertFalse(needs_loaner(5, date(2026, 3, 1), date(2026, 3, 20), date(2026, 3, 3)))


@tagged("post_install", "-at_install")
class TestVehicleSanbao(TransactionCase):
    def test_vehicle_and_case_show_the_entitlement(self):
        household = self.env.ref("aftersales_warranty.product_category_household_vehicle")
        model = self.env["product.product"].create(
            {"name": "Family car", "aftersales_is_vehicle": True, "categ_id": household.id}
        )
        gearbox = self.env["product.product"].create(
            {
                "name": "Gearbox",
                "aftersales_sanbao_part_group_id": self.env.ref("aftersales_warranty.part_group_gearbox").id,
            }
        )
        delivered = date.today() - timedelta(days=3)
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "SBNADRJF7K1000001", "product_id": model.id, "delivery_date": delivered}
        )
        self.assertEqual(vehicle.sanbao_entitlement, "repair")
        gearbox_job = {
            "vehicle_id": vehicle.id,
            "odometer_in": 120,
            "move_ids": [Command.create({"product_id": gearbox.id, "product_uom_qty": 1, "repair_line_type": "add"})],
        }
        self.env["repair.order"].create(gearbox_job)
        vehicle.invalidate_recordset(["sanbao_entitlement", "sanbao_reasons"])
        self.assertEqual(vehicle.sanbao_entitlement, "repair", "a gearbox the customer paid for is no quality fault")
        self.env["repair.order"].create(dict(gearbox_job, default_pay_type="warranty"))
        vehicle.invalidate_recordset(["sanbao_entitlement", "sanbao_reasons"])
        self.assertEqual(vehicle.sanbao_entitlement, "return")
        self.assertIn("main part replaced within 7 days", vehicle.sanbao_reasons)
        brake = self.env["repair.order"].create(
            {
                "vehicle_id": vehicle.id,
                "sanbao_fault_id": self.env.ref("aftersales_warranty.fault_brake_failure").id,
                "labour_ids": [Command.create({"name": "Brakes", "std_hours": 1, "pay_type": "warranty"})],
            }
        )
        brake.copy()
        brake.copy()
        vehicle.invalidate_recordset(["sanbao_reasons"])
        self.assertIn("Serious safety faults (Brake system failure) repaired 3 times", vehicle.sanbao_reasons)
        case = self.env["helpdesk.ticket"].create(
            {"name": "Gearbox again", "description": "<p>x</p>", "vehicle_id": vehicle.id}
        )
        self.assertEqual(case.sanbao_entitlement, "return")
