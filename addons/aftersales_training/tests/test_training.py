from datetime import date, timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase


class TrainingCase(AftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.course = cls.env["aftersales.training.course"].create(
            {"name": "Safe operation", "audience": "operator", "pass_score": 80}
        )
        cls.operators = cls.env["res.partner"].create(
            [{"name": f"Operator {i}", "parent_id": cls.owner.id} for i in range(7)]
        )

    @classmethod
    def _session(cls, vehicle, scores, done=True, **vals):
        """A session for ``vehicle``'s operators: ``scores`` is one score per operator (None: absent)."""
        session = cls.env["aftersales.training.session"].create(
            {
                "course_id": cls.course.id,
                "vehicle_id": vehicle.id,
                "partner_id": vehicle.partner_id.id,
                "station_id": vehicle.station_id.id,
                "attendee_ids": [
                    (0, 0, {"partner_id": cls.operators[i].id, "attended": score is not None, "score": score or 0})
                    for i, score in enumerate(scores)
                ],
                **vals,
            }
        )
        if done:
            session.action_done()
        return session


@tagged("post_install", "-at_install")
class TestTraining(TrainingCase):
    def test_results_when_the_session_is_done(self):
        vehicle = self._vehicle("TSTTRNJF7K1000001", delivery_date=date(2026, 1, 10), station_id=self.station_a.id)
        session = self._session(vehicle, [92, 65, None], done=False)
        self.assertEqual(set(session.attendee_ids.mapped("result")), {"pending"})
        self.assertFalse(vehicle.operators_trained)
        session.action_done()
        self.assertEqual(session.attendee_ids.mapped("result"), ["passed", "failed", "absent"])
        self.assertEqual(session.passed_count, 1)
        self.assertTrue(vehicle.operators_trained)
        self.assertEqual(session.attendee_ids.mapped("employer_id"), self.owner)

    def test_done_needs_every_score(self):
        vehicle = self._vehicle("TSTTRNJF7K1000002", delivery_date=date(2026, 1, 10))
        session = self._session(vehicle, [90, 0], done=False)
        with self.assertRaisesRegex(UserError, "record the score of Operator 1"):
            session.action_done()
        empty = self.env["aftersales.training.session"].create({"course_id": self.course.id})
        with self.assertRaisesRegex(UserError, "has no attendee"):
            empty.action_done()

    def test_pass_rate_after_handover(self):
        """新车交接后培训达标率 on a known set: 4 handed over in the period, 2 with a passed operator."""
        start, end = date(2026, 3, 1), date(2026, 3, 31)
        vehicles = [
            self._vehicle(f"TSTTRNRATE0000{i:03d}", delivery_date=day)
            for i, day in enumerate(
                [date(2026, 3, 1), date(2026, 3, 10), date(2026, 3, 20), date(2026, 3, 31), date(2026, 4, 1)]
            )
        ]
        self._session(vehicles[0], [85])
        self._session(vehicles[1], [95, 40])
        self._session(vehicles[2], [60])  # failed: not trained
        self._session(vehicles[4], [90])  # handed over after the period
        handed_over, trained = self.env["aftersales.vehicle"]._training_pass_rate(start, end)
        self.assertEqual((handed_over, trained), (4, 2))

    def test_first_operators_are_free(self):
        self.env.company.aftersales_training_free_operators = 3
        vehicle = self._vehicle("TSTTRNJF7K1000003", delivery_date=date(2026, 1, 10))
        first = self._session(vehicle, [90, 90])
        second = self._session(vehicle, [None, None, 85, 85, 70])
        # The second session retrains operators 0 and 1 (still the same two persons) and trains 2, 3 and 4:
        # the first three persons are free.
        free = (first.attendee_ids | second.attendee_ids).sorted("id").mapped("is_free")
        self.assertEqual(free, [True, True, True, True, True, False, False])

    def test_dashboard_tile_against_target(self):
        self.env.company.aftersales_training_target = 95
        today = fields.Date.context_today(self.env.user)
        trained = self._vehicle("TSTTRNJF7K1000004", delivery_date=today - timedelta(days=20))
        self._vehicle("TSTTRNJF7K1000005", delivery_date=today - timedelta(days=10))
        self._session(trained, [99])
        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "training_pass_rate")
        self.assertEqual(tile["target"], 95)
        handed_over, done = self.env["aftersales.vehicle"]._training_pass_rate(today - timedelta(days=365), today)
        self.assertEqual(tile["value"], round(100.0 * done / handed_over, 2))
        self.assertIn(("operators_trained", "=", False), tile["domain"])

    def test_season_reminder_in_training_months_only(self):
        vehicle = self._vehicle("TSTTRNJF7K1000006", delivery_date=date(2026, 2, 1))
        vehicle.user_id = self.agent
        Session = self.env["aftersales.training.session"]
        Session._cron_training_season_reminder(today=date(2026, 4, 2))
        self.assertFalse(vehicle.activity_ids, "April is no training month")
        Session._cron_training_season_reminder(today=date(2026, 5, 2))
        Session._cron_training_season_reminder(today=date(2026, 5, 3))
        self.assertEqual(len(vehicle.activity_ids), 1, "once a month")
        self.assertEqual(vehicle.activity_ids.user_id, self.agent)
        self._session(vehicle, [90])
        Session._cron_training_season_reminder(today=date(2026, 10, 2))
        self.assertEqual(len(vehicle.activity_ids), 1, "trained: no October reminder")

    def test_bad_input(self):
        with self.assertRaises(ValidationError):
            self.env["aftersales.training.session"].create(
                {"course_id": self.course.id, "date_start": "2026-03-02 10:00:00", "date_end": "2026-03-02 09:00:00"}
            )
        vehicle = self._vehicle("TSTTRNJF7K1000007", delivery_date=date(2026, 1, 10))
        with self.assertRaisesRegex(ValidationError, "Operator 0: a score is between 0 and 100, not 120"):
            self._session(vehicle, [120], done=False)
