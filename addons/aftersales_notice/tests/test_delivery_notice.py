from odoo import Command
from odoo.tests import new_test_user, tagged
from odoo.tools import html2plaintext
from odoo.tools.misc import format_date

from .common import NoticeCase


@tagged("post_install", "-at_install")
class TestDeliveryNotice(NoticeCase):
    """交车通知: the finished job's items, amounts and payers, the next maintenance and the callback."""

    def test_delivery_email_queued_with_the_job_lines(self):
        job = self._finish_job()
        mail = self._mails_of(job)
        self.assertEqual(len(mail), 1)
        self.assertEqual(mail.state, "outgoing", "queued: the mail queue sends it")
        self.assertEqual(mail.recipient_ids, self.owner)
        self.assertIn(job.name, mail.subject)
        text = " ".join(html2plaintext(mail.body_html).split())
        for fragment in (
            "京A·12345",
            self.vehicle.vin,
            "Replace brake pads",
            "144.00",
            "Check window regulator",
            "60.00",
            "Warranty",
            f"You pay: {self._money(job, 144.0)}",
            f"Covered by the warranty: {self._money(job, 60.0)}",
            format_date(self.env, self.vehicle.next_service_date),
            f"{self.vehicle.next_service_km:,} km",
            format_date(self.env, job._aftersales_notice_callback_dates()[1]),
        ):
            self.assertIn(fragment, text)
        message = mail.mail_message_id
        self.assertEqual((message.model, message.res_id), ("repair.order", job.id), "in the job's chatter")
        self.assertEqual(message.subtype_id, self.env.ref("mail.mt_comment"))
        self.assertEqual(len(self._sms_of(job)), 1, "and the SMS")

    def test_station_user_finishing_the_job_notifies(self):
        """The adviser of the station finishes the job: no access of theirs is needed beyond the job's."""
        adviser = new_test_user(self.env, "notice_adviser", groups="aftersales_base.group_aftersales_station")
        adviser.aftersales_station_id = self.station_a
        job = self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "partner_id": self.owner.id,
                "labour_ids": [Command.create({"name": "Replace brake pads", "std_hours": 1.2, "rate": 120})],
            }
        )
        job.action_validate()
        job.action_repair_start()
        job.with_user(adviser).action_repair_end()
        self.assertEqual(len(self._mails_of(job)), 1)
        self.assertIn("144.00", self._sms_of(job).body)
        self.assertEqual(self._sms_of(job).mail_message_id.author_id, adviser.partner_id)

    def test_no_notice_without_email_or_mobile(self):
        self.owner.write({"email": False, "mobile": False})
        job = self._finish_job()
        self.assertFalse(self._mails_of(job))
        self.assertFalse(self._sms_of(job))
        self.assertIn("neither an email address nor a mobile", job.message_ids[0].body, "the adviser is told")

    def test_each_channel_only_with_its_address(self):
        self.owner.mobile = False
        job = self._finish_job()
        self.assertEqual((len(self._mails_of(job)), len(self._sms_of(job))), (1, 0))
        self.owner.write({"email": False, "mobile": "138 0013 8000"})
        job = self._finish_job()
        self.assertEqual((len(self._mails_of(job)), len(self._sms_of(job))), (0, 1))

    def test_a_landline_gets_no_sms(self):
        self.owner.write({"mobile": False, "phone": "010 6552 9988"})
        job = self._finish_job()
        self.assertFalse(self._sms_of(job))

    def test_company_can_switch_the_delivery_notice_off(self):
        self.env.company.aftersales_notice_delivery = False
        job = self._finish_job()
        self.assertFalse(self._mails_of(job) or self._sms_of(job))

    def test_no_callback_sentence_without_a_rule(self):
        """A customer-paid minor job: the warranty and overhaul rules do not call about it."""
        job = self._finish_job(labour_ids=[(0, 0, {"name": "Wash", "std_hours": 0.5, "rate": 40})])
        self.assertIsNone(job._aftersales_notice_callback_dates())
        self.assertNotIn("call you", self._sms_of(job).body)
        self.assertNotIn("call you", self._mails_of(job).body_html)


@tagged("post_install", "-at_install")
class TestNoticesInChinese(NoticeCase):
    """A Chinese customer reads the notices in Chinese (the templates render in the customer's language)."""

    ENGLISH = ("Dear", "You pay", "Warranty", "Covered", "Next maintenance", "whichever", "call you", "ready", "due")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search(
            [("name", "in", ("aftersales_notice", "aftersales_repair"))]
        )._update_translations(["zh_CN"])
        cls.owner.lang = "zh_CN"

    def assertChinese(self, text, *fragments):
        for fragment in fragments:
            self.assertIn(fragment, text)
        for word in self.ENGLISH:
            self.assertNotIn(word, text)

    def test_delivery_notice_in_chinese(self):
        job = self._finish_job()
        mail = self._mails_of(job)
        self.assertIn("您的车辆已维修完工", mail.subject)
        self.assertIn(job.name, mail.subject)
        self.assertChinese(
            " ".join(html2plaintext(mail.mail_message_id.body).split()),
            "维修工单",
            "车牌号 京A·12345",
            "您需支付",
            "144.00",
            "保修承担",
            "60.00",
            "保修",  # who pays the warranty line
            "下次保养",
            "以先到者为准",
            "回访",
        )
        self.assertChinese(self._sms_of(job).body, "已完工", "应付金额", "144.00", "下次保养", "回访")

    def test_maintenance_reminder_in_chinese(self):
        self.vehicle.last_service_date = self.env.cr.now().date()
        self.vehicle._aftersales_notify_owners()
        mail = self._mails_of(self.vehicle)
        self.assertEqual(mail.subject, "您的车辆 京A·12345 保养到期提醒")
        self.assertChinese(" ".join(html2plaintext(mail.body_html).split()), "尊敬的", "即将到期保养", "预约保养")
        sms = self.env["sms.sms"].sudo().search([("body", "like", self.vehicle.vin)])
        self.assertChinese(sms.body, "即将到期保养", "Station A", "预约保养")
