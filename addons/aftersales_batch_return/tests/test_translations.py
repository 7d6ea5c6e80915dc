from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged

from .common import BatchReturnCommon


@tagged("post_install", "-at_install")
class TestBatchReturnInChinese(BatchReturnCommon, TransactionCase):
    """The departments read Chinese: the refusals name them in Chinese (every string: aftersales_scenarios)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_batch_return()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search([("name", "=", "aftersales_batch_return")])._update_translations(["zh_CN"])

    def test_refusal_names_the_department_in_chinese(self):
        batch = self._new_batch()
        quality = self.users["quality"]
        quality.lang = "zh_CN"
        with self.assertRaisesRegex(AccessError, "只有市场部可以处理“退货申请”阶段的批量退货单"):
            batch.with_user(quality).with_context(lang="zh_CN").action_submit()
        stages = self.env["aftersales.batch.return.stage"].with_context(lang="zh_CN").search([])
        self.assertEqual(
            stages.mapped("name"), ["退货申请", "品管确认", "仓务接收", "品管抽检", "返工", "回交安排", "已完成"]
        )
