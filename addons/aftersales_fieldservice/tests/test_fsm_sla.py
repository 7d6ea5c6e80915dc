from datetime import timedelta

from odoo.tests import tagged

from ..tools.fsm_sla import arrival_punctuality, onsite_deadline, onsite_state, pick_minutes, running_late_before
from .common import T0, FsmCase


@tagged("post_install", "-at_install")
class TestOnsiteSla(FsmCase):
    def test_pure_rules(self):
        self.assertEqual(onsite_deadline(T0, 30), T0 + timedelta(minutes=30))
        self.assertIsNone(onsite_deadline(None, 30), "no clock before the dispatch")
        self.assertIsNone(onsite_deadline(T0, 0), "no target, no deadline")
        due = T0 + timedelta(minutes=60)
        self.assertEqual(onsite_state(T0 + timedelta(minutes=5), T0, due, None), "on_track")
        self.assertEqual(onsite_state(T0 + timedelta(minutes=55), T0, due, None), "at_risk")
        self.assertEqual(onsite_state(T0 + timedelta(minutes=61), T0, due, None), "breached")
        self.assertEqual(onsite_state(T0 + timedelta(days=1), T0, due, T0 + timedelta(minutes=59)), "met")
        self.assertEqual(onsite_state(T0 + timedelta(days=1), T0, due, T0 + timedelta(minutes=61)), "breached")
        rules = {(1, "road_rescue", "city"): 30, (1, "on_site", False): 240}
        self.assertEqual(pick_minutes(rules, 1, "road_rescue", "city"), 30)
        self.assertEqual(pick_minutes(rules, 1, "on_site", "province"), 240, "the kind's any-zone rule")
        self.assertIsNone(pick_minutes(rules, 1, "road_rescue", "county"))
        self.assertIsNone(pick_minutes(rules, 2, "road_rescue", "city"), "another company's rules do not apply")

    def test_punctuality_rules(self):
        """004: 5 to 10 minutes early is on time, the bounds included."""
        for minutes_early, expected in ((10, "on_time"), (5, "on_time"), (11, "early"), (4, "late"), (-3, "late")):
            self.assertEqual(arrival_punctuality(T0, T0 - timedelta(minutes=minutes_early)), expected, minutes_early)
        self.assertIsNone(arrival_punctuality(None, T0))
        self.assertIsNone(arrival_punctuality(T0, None))
        self.assertEqual(running_late_before(T0), T0 + timedelta(minutes=5))

    def test_road_rescue_deadline_by_zone(self):
        """市区30分钟到位, 三县一个小时到位, 省内半天到位: the company's rules, whatever the demo says."""
        rules = self.env["aftersales.fsm.sla.rule"]
        rules.search([("company_id", "=", self.env.company.id)]).unlink()
        rules.create(
            [
                {"dispatch_kind": "road_rescue", "zone": "city", "minutes": 30},
                {"dispatch_kind": "road_rescue", "zone": "county", "minutes": 60},
                {"dispatch_kind": "road_rescue", "zone": "province", "minutes": 240},
            ]
        )
        order = self._order(dispatch_kind="road_rescue", dispatched_at=T0)
        self.assertEqual(order.sla_zone, "city", "from the customer's service zone")
        self.assertEqual(order.sla_deadline, T0 + timedelta(minutes=30))
        order.sla_zone = "county"
        self.assertEqual(order.sla_deadline, T0 + timedelta(hours=1))
        order.sla_zone = "province"
        self.assertEqual(order.sla_deadline, T0 + timedelta(hours=4))
        self.assertEqual(order.sla_state, "breached", "dispatched long ago, not arrived")
        order.arrived_at = T0 + timedelta(hours=3)
        self.assertEqual(order.sla_state, "met")
        order.arrived_at = T0 + timedelta(hours=5)
        self.assertEqual(order.sla_state, "breached")
        self.assertFalse(self._order(dispatch_kind="phone_guidance", dispatched_at=T0).sla_deadline)

    def test_clock_runs_from_dispatch_not_creation(self):
        self.env["aftersales.fsm.sla.rule"].create({"dispatch_kind": "spare_parts", "minutes": 90})
        order = self._order(dispatch_kind="spare_parts")
        self.assertFalse(order.sla_deadline, "not dispatched yet")
        self.assertFalse(order.sla_state)
        order.action_aftersales_dispatch()
        self.assertEqual(order.sla_state, "on_track")
        self.assertAlmostEqual((order.sla_deadline - order.dispatched_at).total_seconds(), 90 * 60, delta=1)
