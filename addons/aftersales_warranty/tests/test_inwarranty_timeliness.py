from datetime import datetime

from freezegun import freeze_time

from odoo.tests import new_test_user, tagged

from .common import ClaimCase

NOW = "2026-06-15 04:00:00"  # noon in Shanghai, mid-month


@tagged("post_install", "-at_install")
class TestInWarrantyTimeliness(ClaimCase):
    """保修内服务及时率 (001): in-warranty cases meeting their SLA ÷ in-warranty cases, per month in the
    user's time zone (Asia/Shanghai here)."""

    def setUp(self):
        super().setUp()
        # A fixed delivery: the cases below are dated, the class's vehicle is delivered a year before today.
        self.vehicle.delivery_date = "2025-06-01"

    def _case(self, vehicle, reported, **values):
        return self.env["helpdesk.ticket"].create(
            {"name": "Case", "description": "<p>x</p>", "vehicle_id": vehicle.id, "reported_date": reported, **values}
        )

    def _met(self, moment):
        """Every milestone met at ``moment``."""
        return dict.fromkeys(("first_response_date", "onsite_date", "restore_date"), moment)

    def _tile(self, user=None):
        Dashboard = self.env["aftersales.dashboard"].with_user(user or self.env.user)
        return next(t for t in Dashboard.get_tiles() if t["key"] == "inwarranty_timeliness")

    @freeze_time(NOW)
    def test_rate_of_cases_meeting_their_sla(self):
        self.env.user.tz = "Asia/Shanghai"
        old = self.env["aftersales.vehicle"].create(
            {"vin": "CLMADRJF7K1000002", "product_id": self.model.id, "delivery_date": "2015-01-01"}
        )
        on_time = self._case(self.vehicle, datetime(2026, 6, 15, 3, 30), **self._met("2026-06-15 03:35:00"))
        pending = self._case(self.vehicle, datetime(2026, 6, 15, 4, 0))
        # 01:00 on 1 June in Shanghai: this month, although still 31 May in UTC.
        first_hour = self._case(self.vehicle, datetime(2026, 5, 31, 17, 0), **self._met("2026-05-31 17:05:00"))
        late = self._case(self.vehicle, datetime(2026, 6, 10, 3, 0))
        out_of_warranty_late = self._case(old, datetime(2026, 6, 10, 3, 0))
        # 23:00 on 31 May in Shanghai: last month, on time.
        last_month = self._case(self.vehicle, datetime(2026, 5, 31, 15, 0), **self._met("2026-05-31 15:05:00"))
        no_vehicle = self._case(self.env["aftersales.vehicle"], datetime(2026, 6, 10, 3, 0))

        self.assertEqual(
            (on_time + pending + first_hour + late + out_of_warranty_late + last_month + no_vehicle).mapped(
                "in_warranty"
            ),
            [True, True, True, True, False, True, False],
        )
        self.assertEqual((late + pending).mapped("sla_state"), ["breached", "on_track"])
        self.assertEqual((first_hour + last_month).mapped("sla_state"), ["met", "met"])
        tile = self._tile()
        self.assertEqual((tile["value"], tile["target"]), (75.0, 98.0))
        self.assertEqual(tile["previous"], 100.0)
        self.assertEqual(self.env["helpdesk.ticket"].search(tile["domain"]), late)

        self.env.company.aftersales_inwarranty_timely_target = 95.0
        self.assertEqual(self._tile()["target"], 95.0)

    @freeze_time(NOW)
    def test_nothing_to_measure_has_no_figure(self):
        tile = self._tile()
        self.assertEqual((tile["value"], tile["previous"]), (None, None))

    @freeze_time(NOW)
    def test_case_reported_after_the_warranty_ends_is_not_in_warranty(self):
        case = self._case(self.vehicle, datetime(2026, 6, 10, 3, 0), odometer=10_000)
        self.assertTrue(case.in_warranty)
        case.odometer = 900_000
        self.assertFalse(case.in_warranty, "past the warranty's distance")

    @freeze_time(NOW)
    def test_station_sees_the_tile_of_its_own_cases(self):
        user = new_test_user(self.env, "timely_station", groups="aftersales_base.group_aftersales_station")
        user.aftersales_station_id = self.station
        self._case(self.vehicle, datetime(2026, 6, 10, 3, 0), station_id=self.other_station.id)
        tile = self._tile(user)
        self.assertIsNone(tile["value"], "the other station's late case is not the station's figure")
