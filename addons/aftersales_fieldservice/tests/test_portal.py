from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import SIGNATURE, T0, make_engineer

REPORT_URL = "/report/pdf/aftersales_fieldservice.report_aftersales_fsm_record/%s"


@tagged("post_install", "-at_install")
class TestPortalRecords(HttpCase):
    """A customer reads the records they signed on their visit's portal page and downloads them;
    another customer sees neither the page nor the paper."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer = new_test_user(cls.env, "fsm_portal_customer", groups="base.group_portal", password="c-pass")
        cls.stranger = new_test_user(cls.env, "fsm_portal_stranger", groups="base.group_portal", password="s-pass")
        _engineer, person = make_engineer(cls.env, "fsm_portal_engineer")
        location = cls.env["fsm.location"].create({"name": "Customer's yard", "owner_id": cls.customer.partner_id.id})
        case = cls.env["helpdesk.ticket"].create(
            {"name": "Will not start", "description": "<p>x</p>", "partner_id": cls.customer.partner_id.id}
        )
        cls.order = cls.env["fsm.order"].create(
            {
                "name": "TOUR-PORTAL-1",
                "location_id": location.id,
                "person_id": person.id,
                "ticket_id": case.id,
                "dispatched_at": T0,
                "arrived_at": T0.replace(minute=20),
            }
        )
        cls.signed, cls.unsigned = cls.env["aftersales.fsm.record"].create(
            [
                {
                    "order_id": cls.order.id,
                    "work_done": "Replaced the starter relay",
                    "customer_signature": SIGNATURE,
                    "signed_by": "Li Lei",
                },
                {"order_id": cls.order.id, "work_done": "Draft still being written"},
            ]
        )
        cls.page = f"/my/fsm_order/{cls.order.id}"
        cls.env["aftersales.fsm.fee.rule"].search([]).active = False
        cls.env["aftersales.fsm.fee.rule"].create(
            {"name": "Travel, city", "kind": "travel", "zone": "city", "amount": 50}
        )
        cls.order.sla_zone = "city"
        cls.order.action_aftersales_apply_fee_schedule()

    def test_customer_sees_signed_record_and_downloads_it(self):
        self.authenticate("fsm_portal_customer", "c-pass")
        response = self.url_open(self.page)
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.signed.name, response.text)
        self.assertIn("Replaced the starter relay", response.text)
        self.assertIn("Li Lei", response.text)
        self.assertIn(REPORT_URL % self.signed.id, response.text)
        self.assertNotIn(self.unsigned.name, response.text)
        self.assertNotIn("Draft still being written", response.text)
        self.assertNotIn(REPORT_URL % self.unsigned.id, response.text)

        pdf = self.url_open(REPORT_URL % self.signed.id)
        self.assertEqual(pdf.status_code, 200)
        self.assertEqual(pdf.headers["Content-Type"], "application/pdf")
        self.assertIn("Replaced the starter relay", pdf.text, "in test mode the report is rendered as HTML")

    def test_fee_schedule_is_public(self):
        """收费标准公示: anybody reads the schedule, logged in or not; archived fees are not published."""
        self.env["aftersales.fsm.fee.rule"].create({"name": "Old towing", "amount": 999, "active": False})
        response = self.url_open("/aftersales/fee-schedule")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Travel, city", response.text)
        self.assertIn("50.00", response.text)
        self.assertNotIn("Old towing", response.text)

    def test_customer_cannot_download_unsigned_record(self):
        self.authenticate("fsm_portal_customer", "c-pass")
        with mute_logger("odoo.http"):
            response = self.url_open(REPORT_URL % self.unsigned.id)
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn("Draft still being written", response.text)

    def test_other_customer_gets_nothing(self):
        self.authenticate("fsm_portal_stranger", "s-pass")
        response = self.url_open(self.page, allow_redirects=False)
        self.assertIn(response.status_code, (302, 303))
        self.assertTrue(response.headers["Location"].endswith("/my"))
        with mute_logger("odoo.http"):
            pdf = self.url_open(REPORT_URL % self.signed.id)
        self.assertNotEqual(pdf.status_code, 200)
        self.assertNotEqual(pdf.headers.get("Content-Type"), "application/pdf")
        self.assertNotIn("Replaced the starter relay", pdf.text)

    def test_portal_page_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search([("name", "=", "aftersales_fieldservice")])._update_translations(["zh_CN"])
        self.customer.lang = "zh_CN"
        self.authenticate("fsm_portal_customer", "c-pass")
        response = self.url_open(self.page)
        for label in ("现场工作记录", "签字时间", "签字人", "完成的工作", "下载 PDF", "现场服务工作记录"):
            self.assertIn(label, response.text)

    def test_tour_customer_opens_visit_from_portal_home(self):
        self.start_tour("/my", "aftersales_fsm_portal_tour", login="fsm_portal_customer")
