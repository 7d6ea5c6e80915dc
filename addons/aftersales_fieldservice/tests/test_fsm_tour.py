from datetime import datetime, time

import pytz

from odoo.tests import HttpCase, tagged

from .common import make_engineer


@tagged("post_install", "-at_install")
class TestEngineerTour(HttpCase):
    browser_size = "375x667"

    def test_engineer_records_and_customer_signs_on_phone(self):
        """On a phone: open today's order, arrive, record the work, the customer signs, work done."""
        engineer, person = make_engineer(self.env, "tour_engineer")
        engineer.tz = "Asia/Shanghai"
        customer = self.env["res.partner"].create({"name": "Tour Customer"})
        location = self.env["fsm.location"].create({"name": "Tour site", "owner_id": customer.id})
        case = self.env["helpdesk.ticket"].create(
            {"name": "Will not start", "description": "<p>x</p>", "partner_id": customer.id}
        )
        tz = pytz.timezone("Asia/Shanghai")
        today_noon = tz.localize(datetime.combine(datetime.now(tz).date(), time(12))).astimezone(pytz.utc)
        order = self.env["fsm.order"].create(
            {
                "name": "TOUR-FSM-1",
                "location_id": location.id,
                "person_id": person.id,
                "ticket_id": case.id,
                "scheduled_date_start": today_noon.replace(tzinfo=None),
                "dispatched_at": datetime.now().replace(microsecond=0),
            }
        )
        self.start_tour(
            "/odoo/action-aftersales_fieldservice.aftersales_fsm_order_my_action",
            "aftersales_fsm_engineer_tour",
            login="tour_engineer",
        )
        record = order.aftersales_record_ids
        self.assertEqual(len(record), 1)
        self.assertEqual(record.work_done, "Cleaned the terminals and charged the battery")
        self.assertEqual(record.hours_on_site, 1.5)
        self.assertTrue(record.is_signed)
        self.assertEqual(record.signed_by, "Zhang Wei")
        self.assertTrue(order.is_closed)
        self.assertTrue(case.onsite_date, "the arrival met the case's on-site milestone")
