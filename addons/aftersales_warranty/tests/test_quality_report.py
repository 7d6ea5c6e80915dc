from dateutil.relativedelta import relativedelta

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import ClaimCase


@tagged("post_install", "-at_install")
class TestQualityStatistics(ClaimCase):
    """表8: every claim sent in for a failure of the period is one fault, counted under its part groups,
    its vehicle model, its station and its month; only decided claims carry an approved cost."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Category = cls.env["product.category"]
        cls.engine = Category.create({"name": "Engine parts"})
        cls.electrical = Category.create({"name": "Electrical parts"})
        cls.pump.categ_id = cls.engine
        cls.bulb.categ_id = cls.electrical
        cls.van_model = cls.env["product.product"].create({"name": "Claim Van", "aftersales_is_vehicle": True})
        cls.van = cls.env["aftersales.vehicle"].create(
            {
                "vin": "CLMADRJF7K1000002",
                "product_id": cls.van_model.id,
                "delivery_date": cls.today - relativedelta(years=1),
                "station_id": cls.station.id,
            }
        )
        # Months before the demo claims' failures (the last two weeks).
        cls.month_1 = cls.today.replace(day=1) - relativedelta(months=3)
        cls.month_2 = cls.today.replace(day=1) - relativedelta(months=2)
        cls.day_1 = cls.month_1 + relativedelta(days=5)
        cls.day_2 = cls.month_2 + relativedelta(months=1, days=-1)

    def _report(self, **values):
        return self.env["aftersales.warranty.quality.report"].create(
            {"date_from": self.month_1, "date_to": self.day_2, **values}
        )

    def _claims(self):
        """Two models over two months, in every state the paper treats differently."""
        # SUV, month 1: pump and 2 h labour, approved in full (540).
        self._approved_claim([self._part(), self._labour()], failure_date=self.day_1)
        # SUV, month 2: two bulbs (40), half approved.
        partial = self._claim([self._part(self.bulb, quantity=2)], failure_date=self.day_2)
        partial.action_submit()
        partial.line_ids.with_user(self.officer).write({"amount_approved": 20.0, "reject_reason": "One bulb only"})
        partial.with_user(self.officer).action_assess()
        # Van, month 2: labour only (120), rejected.
        rejected = self._claim([self._labour(hours=1.0)], vehicle_id=self.van.id, failure_date=self.day_2)
        rejected.action_submit()
        rejected.with_user(self.officer).assessment_note = "Accident damage"
        rejected.with_user(self.officer).action_reject_claim()
        # Van, month 1: a pump still under review: a fault, no cost yet.
        review = self._claim([self._part()], vehicle_id=self.van.id, failure_date=self.day_1)
        review.action_submit()
        # Van, month 2, the other station: labour only, approved (180).
        self._approved_claim(
            [self._labour(hours=1.5)],
            user=self.env.user,
            partner_id=self.other_station.id,
            vehicle_id=self.van.id,
            failure_date=self.day_2,
        )
        # Not counted: a draft, and a claim before the period.
        self._claim([self._part()], failure_date=self.day_1)
        self._approved_claim([self._part(self.bulb)], failure_date=self.month_1 - relativedelta(days=1))
        self.assertEqual(review.state, "review")
        self.assertEqual(partial.state, "partial")
        self.assertEqual(rejected.state, "rejected")

    def _approved_claim(self, costs=None, user=None, **values):
        claim = self._claim(costs, user=user, **values)
        claim.action_submit()
        claim.with_user(self.officer).action_assess()
        return claim

    @staticmethod
    def _figures(rows):
        return {row["label"]: (row["faults"], row["rejected"], row["approved"]) for row in rows}

    def test_faults_and_costs_by_model_month_part_group_and_station(self):
        self._claims()
        stats = self._report()._statistics()
        self.assertEqual(
            (stats["totals"]["faults"], stats["totals"]["rejected"], stats["totals"]["approved"]), (5, 1, 740.0)
        )
        self.assertEqual(self._figures(stats["models"]), {"Claim SUV": (2, 0, 560.0), "Claim Van": (3, 1, 180.0)})
        self.assertEqual(
            self._figures(stats["months"]),
            {self.month_1.strftime("%Y-%m"): (2, 0, 540.0), self.month_2.strftime("%Y-%m"): (3, 1, 200.0)},
        )
        self.assertEqual([row["label"] for row in stats["months"]], sorted(row["label"] for row in stats["months"]))
        parts = {row["label"]: row for row in stats["part_groups"]}
        self.assertEqual(self._figures(stats["part_groups"])["Engine parts"], (2, 0, 300.0))
        self.assertEqual(parts["Engine parts"]["quantity"], 2.0)
        self.assertEqual(self._figures(stats["part_groups"])["Electrical parts"], (1, 0, 20.0))
        no_part = stats["part_groups"][-1]
        self.assertIsNone(no_part["key"])
        self.assertEqual((no_part["faults"], no_part["rejected"], no_part["approved"]), (2, 1, 180.0))
        self.assertEqual(
            self._figures(stats["stations"]), {"Claim Station": (4, 1, 560.0), "Other Station": (1, 0, 180.0)}
        )
        self.assertEqual([row["share"] for row in stats["models"]], [60.0, 40.0])

    def test_station_filter(self):
        self._claims()
        stats = self._report(station_id=self.other_station.id)._statistics()
        self.assertEqual(self._figures(stats["models"]), {"Claim Van": (1, 0, 180.0)})
        self.assertEqual(stats["totals"]["faults"], 1)

    def test_empty_period_has_no_rows(self):
        stats = self._report(date_from=self.today + relativedelta(days=1), date_to=self.today + relativedelta(days=2))
        stats = stats._statistics()
        self.assertEqual(stats["totals"]["faults"], 0)
        self.assertFalse(stats["models"] or stats["months"] or stats["stations"] or stats["part_groups"])

    def test_period_must_not_end_before_it_starts(self):
        with self.assertRaises(ValidationError):
            self._report(date_from=self.today, date_to=self.today - relativedelta(days=1))
