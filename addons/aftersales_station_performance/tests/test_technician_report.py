from datetime import datetime, time, timedelta

from odoo import Command, fields
from odoo.tests import new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase


@tagged("post_install", "-at_install")
class TestTechnicianReport(AftersalesCase):
    """Two technicians on a known data set: Li did a 3 h job ready when promised (callback satisfied, 90) and a
    2 h job finished after its promise that came back; Wang did a 1 h job without a promise."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env.user)
        cls.li, cls.wang = (
            new_test_user(cls.env, login, groups="aftersales_base.group_aftersales_station") for login in ("li", "wang")
        )
        cls.vehicle = cls._vehicle("TSTTECHJF7K100001", station_id=cls.station_a.id)
        noon = datetime.combine(cls.today, time(4))  # noon in Shanghai
        cls.wang_job = cls._finish(cls.wang, 1.0, None, 10000)
        cls.on_time_job = cls._finish(cls.li, 3.0, noon + timedelta(days=1), 20000)
        cls.late_job = cls._finish(cls.li, 2.0, noon - timedelta(days=1), 30000)
        comeback = cls.env["repair.order"].create({"vehicle_id": cls.vehicle.id, "odometer_in": 30100})
        assert comeback.comeback_of_id == cls.late_job
        callback = cls.env["aftersales.callback"].create(
            {
                "partner_id": cls.owner.id,
                "repair_id": cls.on_time_job.id,
                "station_id": cls.station_a.id,
                "scheduled_date": cls.today,
                "deadline": cls.today,
            }
        )
        callback.write({"state": "done", "outcome": "satisfied", "score": 90.0})

    @classmethod
    def _finish(cls, technician, hours, promised, odometer):
        job = cls.env["repair.order"].create(
            {
                "vehicle_id": cls.vehicle.id,
                "odometer_in": odometer,
                "estimated_completion": promised or False,
                "labour_ids": [
                    Command.create({"name": "Work", "std_hours": hours, "rate": 100, "technician_id": technician.id})
                ],
            }
        )
        job.action_validate()
        job.action_repair_start()
        job.action_repair_end()
        return job

    def _by_technician(self, user=None):
        Report = self.env["aftersales.technician.report"].with_user(user or self.env.user)
        rows = Report._read_group(
            [("technician_id", "in", (self.li | self.wang).ids)],
            ["technician_id"],
            ["__count", "hours:sum", "on_time_rate:avg", "comeback_rate:avg", "satisfaction_rate:avg", "score:avg"],
        )
        return {technician: values for technician, *values in rows}

    def test_punctuality_comebacks_hours_and_callbacks_per_technician(self):
        figures = self._by_technician()
        self.assertEqual(figures[self.li], [2, 5.0, 50.0, 50.0, 100.0, 90.0])
        jobs, hours, on_time, comebacks, satisfaction, score = figures[self.wang]
        self.assertEqual((jobs, hours, comebacks), (1, 1.0, 0.0))
        self.assertIs(on_time, False, "no promise made: not measured (NULL, not 0)")
        self.assertIs(satisfaction, False, "no callback yet: not measured (NULL, not 0)")

    def test_station_sees_only_its_own_jobs(self):
        own = new_test_user(self.env, "tech_station_a", groups="aftersales_base.group_aftersales_station")
        own.aftersales_station_id = self.station_a
        other = new_test_user(self.env, "tech_station_b", groups="aftersales_base.group_aftersales_station")
        other.aftersales_station_id = self.station_b
        self.assertEqual(self._by_technician(own)[self.li][:2], [2, 5.0])
        self.assertFalse(self._by_technician(other))
