from datetime import date, datetime, time, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import BaseCase, new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase

from ..tools.old_part import old_part_overdue


@tagged("post_install", "-at_install")
class TestOldPartRules(BaseCase):
    def test_old_part_due_day_is_still_in_time(self):
        due = date(2026, 5, 10)
        self.assertFalse(old_part_overdue(due, False, date(2026, 5, 10)))
        self.assertTrue(old_part_overdue(due, False, date(2026, 5, 11)))
        self.assertFalse(old_part_overdue(due, True, date(2026, 6, 1)))
        self.assertFalse(old_part_overdue(False, False, date(2026, 6, 1)))


@tagged("post_install", "-at_install")
class TestOldPartReturn(AftersalesCase):
    """One return per replaced part of a job, whoever asks; the station sends it, the maker inspects it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vehicle = cls._vehicle("TSTADRJF7K1000001", station_id=cls.station_a.id)
        cls.pump, cls.valve = cls.env["product.product"].create(
            [{"name": "Water pump", "is_storable": True}, {"name": "Valve", "is_storable": True}]
        )
        cls.job = cls.env["repair.order"].create({"vehicle_id": cls.vehicle.id, "partner_id": cls.owner.id})
        cls.clerk = new_test_user(cls.env, "old_part_clerk", groups="aftersales_base.group_aftersales_station")
        cls.other_clerk = new_test_user(cls.env, "other_clerk", groups="aftersales_base.group_aftersales_station")
        cls.clerk.aftersales_station_id = cls.station_a
        cls.other_clerk.aftersales_station_id = cls.station_b
        cls.Return = cls.env["aftersales.old.part.return"]

    def _ask(self, origin, *parts):
        return self.Return._request(
            self.env.company, self.station_a, origin, [(product, 1.0, self.job) for product in parts]
        )

    def test_asked_twice_comes_back_once(self):
        first = self._ask("PR/0001", self.pump)
        # The company's day (the test user's time zone), not the server's UTC one.
        today = fields.Date.context_today(self.Return)
        self.assertEqual(first.due_date, today + timedelta(days=self.env.company.aftersales_old_part_days))
        self.assertEqual(first.picking_id.location_dest_id, self.env.ref("aftersales_repair.location_old_parts"))
        self.assertEqual(first.move_id.aftersales_old_part_repair_id, self.job)
        both = self._ask("CL/0001", self.valve, self.pump)
        self.assertEqual(both[1], first, "the pump keeps its return")
        self.assertNotEqual(both[0].picking_id, first.picking_id, "only the valve comes on a new receipt")
        self.assertEqual(first.origin, "PR/0001, CL/0001")
        self.assertEqual(self.Return.search_count([("repair_id", "=", self.job.id)]), 2)

    def test_overdue_until_received_then_inspected(self):
        part = self._ask("PR/0002", self.pump)
        self.assertEqual(part.state, "waiting")
        # Noon UTC: the day after the due date in every user's time zone.
        with freeze_time(datetime.combine(part.due_date + timedelta(days=1), time(12))):
            part.invalidate_recordset(["overdue"])
            self.assertTrue(part.overdue)
            self.assertIn(part, self.Return.search([("overdue", "=", True)]))
            part.picking_id.move_ids.write({"quantity": 1, "picked": True})
            part.picking_id.button_validate()
            self.assertEqual(part.state, "returned")
            part.invalidate_recordset(["overdue"])
            self.assertFalse(part.overdue)
            self.assertNotIn(part, self.Return.search([("overdue", "=", True)]))
        part.with_user(self.agent).qa_result = "accepted"
        self.assertEqual(part.qa_result, "accepted")

    def test_return_slip_only_for_a_part_received(self):
        part = self._ask("PR/0004", self.pump)
        Report = self.env["ir.actions.report"]
        with self.assertRaisesMessage(UserError, "not come back yet"):
            Report._render_qweb_html("aftersales_repair.report_old_part_return", part.ids)
        part.picking_id.move_ids.write({"quantity": 1, "picked": True})
        part.picking_id.button_validate()
        slip = str(Report._render_qweb_html("aftersales_repair.report_old_part_return", part.ids)[0])
        self.assertIn(part.picking_id.name, slip)
        self.assertIn("Water pump", slip)

    def test_station_sees_its_own_and_cannot_move_the_due_date(self):
        part = self._ask("PR/0003", self.pump)
        self.assertEqual(self.Return.with_user(self.clerk).search([]), part)
        self.assertFalse(self.Return.with_user(self.other_clerk).search([]))
        with self.assertRaises(AccessError):
            part.with_user(self.clerk).due_date = part.due_date + timedelta(days=30)
        with self.assertRaisesMessage(AccessError, "not written directly"):
            part.with_user(self.agent).due_date = part.due_date + timedelta(days=30)
