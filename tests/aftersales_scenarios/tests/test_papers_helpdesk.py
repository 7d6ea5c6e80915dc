import re
import unicodedata

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import pdf_text

from .papers import ChinesePapersCase

# pdftotext gives some ideographs of the CJK font as radicals: the Kangxi ones (⽉ for 月) fold under NFKC, these
# simplified-form radicals of the CJK Radicals Supplement do not.
RADICALS = str.maketrans(
    "⺝⺟⺠⺼⻁⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
    "月母民月虎西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟",
)


def readable(text):
    """``text`` as a reader sees it: radicals as the characters they print, and full-width punctuation as
    ASCII (NFKC), so that the fragments below are written with ASCII punctuation."""
    return unicodedata.normalize("NFKC", str(text)).translate(RADICALS)


CAPA_NOTICE = "aftersales_helpdesk.action_report_capa_notice"
SERVICE_REQUEST = "aftersales_helpdesk.action_report_service_request"
REPAIR_NOTICE = "aftersales_helpdesk.action_report_repair_notice"


@tagged("post_install", "-at_install")
class TestHelpdeskPapers(ChinesePapersCase):
    """The CAPA notice (纠正与预防措施通知单) and the case's 表3 售后服务申请单 and 表4 售后维修通知单, printed from
    the demo records in Chinese, and refused where they would be false."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.capa = cls.env.ref("aftersales_helpdesk.capa_demo_ac")
        cls.warranty_case = cls.env.ref("aftersales_helpdesk.case_li_warranty")
        cls.breakdown = cls.env.ref("aftersales_helpdesk.case_wang_breakdown")
        cls.complaint = cls.env.ref("aftersales_helpdesk.case_li_complaint")
        cls.manager = cls.env.ref("aftersales_base.user_aftersales_manager")

    def paper(self, report, records, *expected):
        """As the base class, on the text read as printed (``readable``): pdftotext gives radicals (⽉, ⻋)
        where the paper shows 月 and 车."""
        text = readable(super().paper(report, records))
        flat = re.sub(r"\s+", "", text)
        for fragment in expected:
            fragment = re.sub(r"\s+", "", readable(fragment))
            self.assertIn(fragment, flat, f"{report}: {fragment!r} missing from the paper")
        return text

    def _shown(self, record, name):
        """Field ``name`` of ``record`` as the paper prints it (t-field): dates in the user's format, choices
        in Chinese."""
        field = record._fields[name]
        if field.type == "selection":
            return dict(field._description_selection(self.env))[record[name]]
        return self.env[f"ir.qweb.field.{field.type}"].value_to_html(record[name], {})

    def _refused(self, report, records):
        with self.assertRaises(UserError) as caught:
            pdf_text(self.env, report, records)
        return str(caught.exception)

    # 纠正与预防措施通知单

    def test_capa_notice_sends_the_actions_to_the_responsible_department(self):
        capa = self.capa
        self.assertEqual(capa.state, "analysis")
        self.assertTrue(capa.department and len(capa.action_ids) >= 2)
        capa.action_ids[0].done = True
        capa.action_ids[1:].done = False
        expected = [
            "纠正与预防措施通知单",
            capa.name,
            "责任部门",
            capa.department,
            "不合格项",
            capa.nonconformity,
            "跟催人",
            capa.user_id.name,
            "负责人",
            "已完成",
            "未完成",
            "尚未验证",
            "尚未评价",
            "质量部门签发",
            "责任部门签收",
        ]
        for step in capa.action_ids:
            expected += [step.name, step.user_id.name, self._shown(step, "date_due")]
        for case in capa.ticket_ids:
            expected += [case.number, case.vehicle_id.vin]
        self.paper(CAPA_NOTICE, capa, *expected)

    def test_capa_notice_reports_who_verified_and_the_effect(self):
        capa = self.capa.with_user(self.manager)
        capa.action_start()
        capa.verification_note = "抽查二十台车 空调出风温度正常"
        capa.action_verify()
        capa.action_ineffective()
        self.assertEqual(
            (capa.state, capa.verification_result, capa.verified_by_id), ("analysis", "ineffective", self.manager)
        )
        self.paper(
            CAPA_NOTICE,
            capa,
            "验证人",
            self.manager.name,
            self._shown(capa, "verification_date"),
            "无效",
            "未达到效果,已重新分析",
            "判定无效次数1",
        )
        capa.action_start()
        capa.action_verify()
        capa.action_effective()
        capa.action_done()
        self.paper(
            CAPA_NOTICE,
            capa,
            "验证结果有效",
            "抽查二十台车 空调出风温度正常",
            "效果评价",
            "标准化并关闭是",
        )
        # What the paper certifies is written by the verification only.
        with self.assertRaises(AccessError):
            capa.write({"verified_by_id": self.env.ref("aftersales_base.user_call_centre").id})

    def test_capa_notice_refused_before_there_is_an_order_to_give(self):
        capa = self.capa
        capa.department = False
        self.assertIn(capa.name, self._refused(CAPA_NOTICE, capa))
        capa.department = "技术部"
        fresh = self.env["aftersales.capa"].create({"nonconformity": "后视镜松动", "department": "技术部"})
        fresh.action_ids = [(0, 0, {"name": "更换卡扣"})]
        self.assertIn(fresh.name, self._refused(CAPA_NOTICE, fresh))  # only notified: not analysed yet
        fresh.action_analyse()
        self.paper(CAPA_NOTICE, fresh, fresh.name, "更换卡扣")
        fresh.action_ids = [(5, 0, 0)]
        self.assertIn(fresh.name, self._refused(CAPA_NOTICE, fresh))

    # 表3 售后服务申请单

    def test_service_request_shows_the_case(self):
        case = self.warranty_case
        case.fault_analysis = "压缩机不吸合 属X5批量故障"
        self.assertTrue(case.vehicle_id and case.station_id and case.sla_restore_deadline)
        vehicle = case.vehicle_id
        self.paper(
            SERVICE_REQUEST,
            case,
            "售后服务申请单",
            "表3 JL-7.5-08",
            case.number,
            case.partner_id.commercial_partner_id.name,
            case.partner_id.phone or case.partner_id.mobile,
            "车架号(VIN)",
            vehicle.vin,
            vehicle.license_plate,
            vehicle.product_id.display_name,
            self._shown(vehicle, "delivery_date"),
            "里程表读数(公里)",
            str(vehicle.odometer),
            "故障等级",
            self._shown(case, "severity"),
            "三包权益",
            self._shown(case, "sanbao_entitlement"),
            case.name,
            "故障分析",
            "压缩机不吸合 属X5批量故障",
            case.station_id.name,
            "到达现场截止时间",
            self._shown(case, "sla_onsite_deadline"),
            self._shown(case, "sla_restore_deadline"),
            "编制",
            "审批",
        )

    # 表4 售后维修通知单

    def test_repair_notice_tells_the_station_what_to_do_by_when(self):
        case = self.breakdown
        case.repair_instructions = "携带起动机和蓄电池赶赴现场排除故障"
        self.paper(
            REPAIR_NOTICE,
            case,
            "售后维修通知单",
            "表4",
            case.number,
            "致服务站",
            case.station_id.name,
            case.station_id.station_code,
            case.vehicle_id.vin,
            case.vehicle_id.license_plate,
            case.name,
            self._shown(case, "severity"),
            "维修内容",
            "携带起动机和蓄电池赶赴现场排除故障",
            self._shown(case, "sla_onsite_deadline"),
            self._shown(case, "sla_restore_deadline"),
            "签发人",
            case.user_id.name,
            "审批",
            "服务站签收",
        )

    def test_repair_notice_refused_without_a_station(self):
        self.assertFalse(self.complaint.station_id)
        self.assertIn(self.complaint.number, self._refused(REPAIR_NOTICE, self.complaint))
        # The service request records any case; only the notice needs a station to go to.
        self.paper(SERVICE_REQUEST, self.complaint, "售后服务申请单", self.complaint.number)
        self.breakdown.station_id = False
        self.assertIn(self.breakdown.number, self._refused(REPAIR_NOTICE, self.breakdown))
