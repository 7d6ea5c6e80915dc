from xmlrpc.client import Fault

from odoo import Command, fields
from odoo.exceptions import ValidationError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase


@tagged("post_install", "-at_install")
class TestStationTarget(AftersalesCase, HttpCase):
    """A station's month on a known data set: 2 jobs finished (560 and 0 of output), 1 comeback received,
    callbacks scored 90 and 100, 1 complaint; targets 1,000 of output and 4 jobs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.month = fields.Date.context_today(cls.env.user).replace(day=1)
        cls.vehicle = cls._vehicle("TSTPERFJF7K100001", station_id=cls.station_a.id)
        part = cls.env["product.product"].create({"name": "Perf part", "lst_price": 100, "type": "consu"})
        cls.job = cls._finish(
            labour=[Command.create({"name": "Diagnose", "std_hours": 3, "rate": 120})],
            parts=[Command.create({"product_id": part.id, "product_uom_qty": 2, "repair_line_type": "add"})],
            odometer=10000,
        )
        cls._finish(odometer=50000)
        comeback = cls.env["repair.order"].create({"vehicle_id": cls.vehicle.id, "odometer_in": 50100})
        assert comeback.is_comeback
        survey = cls.env.ref("aftersales_survey.survey_callback")
        callbacks = cls.env["aftersales.callback"].create(
            [
                {
                    "partner_id": cls.owner.id,
                    "repair_id": cls.job.id,
                    "survey_id": survey.id,
                    "station_id": cls.station_a.id,
                    "scheduled_date": cls.month,
                    "deadline": cls.month,
                }
                for _i in range(2)
            ]
        )
        for callback, score in zip(callbacks, (90.0, 100.0), strict=True):
            callback.write({"state": "done", "score": score})
        cls.env["helpdesk.ticket"].create(
            {
                "name": "Rude adviser",
                "description": "<p>x</p>",
                "category_id": cls.env.ref("aftersales_helpdesk.case_type_complaint").id,
                "vehicle_id": cls.vehicle.id,
                "station_id": cls.station_a.id,
            }
        )
        cls.env.company.aftersales_complaint_penalty_points = 2
        cls.target = cls.env["aftersales.station.target"].create(
            {"station_id": cls.station_a.id, "month": cls.month, "output_target": 1000, "jobs_target": 4}
        )
        cls.other_target = cls.env["aftersales.station.target"].create(
            {"station_id": cls.station_b.id, "month": cls.month, "output_target": 1000}
        )

    @classmethod
    def _finish(cls, labour=(), parts=(), odometer=10000):
        job = cls.env["repair.order"].create(
            {"vehicle_id": cls.vehicle.id, "odometer_in": odometer, "labour_ids": list(labour), "move_ids": list(parts)}
        )
        job.action_validate()
        job.action_repair_start()
        job.action_repair_end()
        return job

    def test_month_against_targets(self):
        target = self.target
        self.assertEqual((target.output_actual, target.jobs_actual, target.average_job_value), (560.0, 2, 280.0))
        self.assertEqual((target.output_achievement, target.jobs_achievement), (56.0, 50.0))
        self.assertEqual(target.csi_actual, 95.0)
        self.assertTrue(target.csi_flagged, "95 is below the 96 of 000#18")
        self.assertEqual((target.complaint_count, target.penalty_points), (1, 2.0))
        self.assertEqual(target.comeback_count, 1)
        self.assertEqual((self.other_target.output_actual, self.other_target.jobs_actual), (0.0, 0))
        self.assertEqual(target.csi_target, 96.0, "the company's threshold by default")
        target.csi_target = 95
        self.assertFalse(target.csi_flagged, "the line's own CSI target")

    def test_month_is_its_first_day(self):
        with self.assertRaisesRegex(ValidationError, "first day"):
            self.target.month = self.month.replace(day=2)

    def test_station_sees_only_its_own_figures(self):
        user = new_test_user(
            self.env, "perf_station", groups="aftersales_base.group_aftersales_station", password="perf_station-pw"
        )
        user.aftersales_station_id = self.station_a

        def rpc(method, args, kwargs=None):
            return self.xmlrpc_object.execute_kw(
                self.env.cr.dbname, user.id, "perf_station-pw", "aftersales.station.target", method, args, kwargs or {}
            )

        rows = rpc("search_read", [[]], {"fields": ["output_actual", "csi_actual", "station_id"]})
        self.assertEqual(
            [(r["id"], r["output_actual"], r["csi_actual"]) for r in rows], [(self.target.id, 560.0, 95.0)]
        )
        with self.assertRaisesRegex(Fault, "not allowed to modify|doesn't have 'write' access"):
            rpc("write", [self.target.ids, {"output_target": 1}])
