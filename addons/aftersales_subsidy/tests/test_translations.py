from odoo.tests import TransactionCase, tagged

MODULE = "aftersales_subsidy"


@tagged("post_install", "-at_install")
class TestSubsidyTranslations(TransactionCase):
    """Users work in Chinese: the return path reads in Chinese (every string: aftersales_scenarios)."""

    def test_return_path_reads_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search([("name", "=", MODULE)])._update_translations(["zh_CN"])
        paths = dict(
            self.env["rma"]
            .with_context(lang="zh_CN")
            ._fields["subsidy_return_path"]
            ._description_selection(self.env(context={"lang": "zh_CN"}))
        )
        self.assertEqual(paths["pre_return"], "预退货(待补贴拨付)")
        self.assertEqual(paths["ready"], "补贴已退,可退货")
