from xmlrpc.client import Fault

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestTrainingOverRpc(HttpCase):
    """A station records its own sessions from any client; the state moves only by the buttons."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.station, cls.other_station = cls.env["res.partner"].create(
            [
                {"name": "Training Station", "is_service_station": True},
                {"name": "Other Station", "is_service_station": True},
            ]
        )
        cls.user = new_test_user(
            cls.env,
            "training_station",
            groups="aftersales_base.group_aftersales_station",
            password="training_station-pw",
        )
        cls.user.aftersales_station_id = cls.station
        cls.course = cls.env["aftersales.training.course"].create({"name": "RPC course", "pass_score": 60})
        cls.attendee = cls.env["res.partner"].create({"name": "RPC operator"})
        cls.foreign = cls.env["aftersales.training.session"].create(
            {"course_id": cls.course.id, "station_id": cls.other_station.id}
        )

    def _rpc(self, model, method, args, kwargs=None):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, self.user.id, "training_station-pw", model, method, args, kwargs or {}
        )

    def test_station_records_its_own_session(self):
        session_id = self._rpc(
            "aftersales.training.session",
            "create",
            [
                {
                    "course_id": self.course.id,
                    "station_id": self.station.id,
                    "attendee_ids": [(0, 0, {"partner_id": self.attendee.id, "score": 75})],
                }
            ],
        )
        self.assertEqual(self._rpc("aftersales.training.session", "search", [[]]), [session_id])
        with self.assertRaisesRegex(Fault, "not written directly"):
            self._rpc("aftersales.training.session", "write", [[session_id], {"state": "done"}])
        self._rpc("aftersales.training.session", "action_done", [[session_id]])
        session = self.env["aftersales.training.session"].browse(session_id)
        self.assertEqual(session.attendee_ids.result, "passed")
        # Done: the results are kept as recorded; only a manager reopens the session.
        with self.assertRaisesRegex(Fault, "no longer planned"):
            self._rpc("aftersales.training.attendee", "write", [session.attendee_ids.ids, {"score": 100}])
        with self.assertRaisesRegex(Fault, "no longer planned"):
            self._rpc(
                "aftersales.training.attendee", "create", [{"session_id": session_id, "partner_id": self.attendee.id}]
            )
        with self.assertRaisesRegex(Fault, "Only an after-sales manager"):
            self._rpc("aftersales.training.session", "action_reset", [[session_id]])
        self.assertEqual((session.state, session.attendee_ids.score), ("done", 75.0))
        with self.assertRaisesRegex(Fault, "not allowed to modify|doesn't have 'write' access"):
            self._rpc("aftersales.training.course", "write", [self.course.ids, {"pass_score": 10}])

    def test_station_does_not_see_another_station(self):
        with self.assertRaisesRegex(Fault, "doesn't have 'read' access"):
            self._rpc("aftersales.training.session", "read", [self.foreign.ids, ["name"]])
