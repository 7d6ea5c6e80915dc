import polib

from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import TranslationModuleReader

MODULE = "aftersales_subsidy"


@tagged("post_install", "-at_install")
class TestSubsidyTranslations(TransactionCase):
    """Users work in Chinese: every string of the addon ships with its zh_CN translation."""

    def test_every_string_has_a_chinese_translation(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        shipped = polib.pofile(f"{get_module_path(MODULE)}/i18n/zh_CN.po")
        translated = {entry.msgid for entry in shipped if entry.msgstr and not entry.fuzzy}
        sources = {
            row[4] for row in TranslationModuleReader(self.env.cr, modules=[MODULE], lang="zh_CN") if row[4].strip()
        }
        missing = sorted(sources - translated)
        self.assertFalse(missing, f"{len(missing)} string(s) without zh_CN translation, e.g. {missing[:5]}")
        template = {entry.msgid for entry in polib.pofile(f"{get_module_path(MODULE)}/i18n/{MODULE}.pot")}
        self.assertFalse(sorted(sources - template), "the .pot lacks strings: export it again")

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
