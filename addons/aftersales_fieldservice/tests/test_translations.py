from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import FsmCase


@tagged("post_install", "-at_install")
class TestFieldServiceInChinese(FsmCase):
    """Engineers and dispatchers read Chinese: the field-service screens we show (our strings: aftersales_scenarios)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search([("name", "=", "aftersales_fieldservice")])._update_translations(["zh_CN"])

    def test_field_service_screens_in_chinese(self):
        env = self.env(context=dict(self.env.context, lang="zh_CN"))
        stages = env["fsm.stage"].browse(
            [env.ref(f"fieldservice.fsm_stage_{name}").id for name in ("new", "completed", "cancelled")]
        )
        self.assertEqual(stages.mapped("name"), ["新建", "已完成", "已取消"])
        form = env["fsm.order"].get_view(env.ref("fieldservice.fsm_order_form").id, "form")["arch"]
        for label in ("取消派遣单", "派遣", "已到达现场", "按收费标准计费", "服务工程师"):
            self.assertIn(label, form)
        fields = env["fsm.order"].fields_get(["location_id", "dispatch_kind", "arrived_at"], ["string"])
        self.assertEqual(
            [fields[name]["string"] for name in ("location_id", "dispatch_kind", "arrived_at")],
            ["服务地点", "派遣类型", "到达时间"],
        )

    def test_refusal_in_chinese(self):
        order = self._order()
        with self.assertRaisesRegex(UserError, "尚未开始"):
            self.env["aftersales.fsm.record"].with_context(lang="zh_CN").create({"order_id": order.id})
