from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestRmaInChinese(TransactionCase):
    """OCA rma ships Chinese for 8 of its terms; ours (i18n_extra) give the RMA screens the rest."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search([("name", "=", "aftersales_rma")])._update_translations(["zh_CN"])
        cls.zh = cls.env(context=dict(cls.env.context, lang="zh_CN"))

    def test_the_rma_app_menu_states_and_form_read_in_chinese(self):
        self.assertEqual(self.zh.ref("rma.rma_menu").name, "退换货")
        states = dict(self.zh["rma"]._fields["state"]._description_selection(self.zh))
        self.assertEqual(states["waiting_return"], "等待退回客户")
        self.assertEqual(states["received"], "已收")
        fields = self.zh["rma"].fields_get(["partner_id", "operation_id", "lot_id"], ["string"])
        self.assertEqual(
            [fields[name]["string"] for name in ("partner_id", "operation_id", "lot_id")],
            ["客户", "申请的处理方式", "批次/序列号"],
        )
        form = self.zh["rma"].get_view(self.zh.ref("rma.rma_view_form").id, "form")["arch"]
        self.assertIn("退款", form)
