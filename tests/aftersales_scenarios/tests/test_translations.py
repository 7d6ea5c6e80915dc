import polib

from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase
from odoo.tests import tagged
from odoo.tools.translate import TranslationModuleReader

MODULES = ("aftersales_base", "aftersales_warranty", "aftersales_parts", "aftersales_survey")


@tagged("post_install", "-at_install")
class TestTranslations(TransactionCase):
    """Our users read Chinese: every string our addons show must have a zh_CN translation shipped."""

    def test_every_string_has_a_chinese_translation(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        for module in MODULES:
            with self.subTest(module=module):
                shipped = polib.pofile(f"{get_module_path(module)}/i18n/zh_CN.po")
                translated = {entry.msgid for entry in shipped if entry.msgstr and not entry.fuzzy}
                sources = {
                    source
                    for _module, _type, _name, _res_id, source, _value, _comments in TranslationModuleReader(
                        self.env.cr, modules=[module], lang="zh_CN"
                    )
                    if source.strip()
                }
                missing = sorted(sources - translated)
                self.assertFalse(
                    missing, f"{module}: {len(missing)} string(s) without zh_CN translation, e.g. {missing[:5]}"
                )
