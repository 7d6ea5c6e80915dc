import re
import unicodedata

from odoo.tests import TransactionCase

from odoo.addons.aftersales_base.tests.common import pdf_text

CJK = re.compile(r"[\u4e00-\u9fff]")
# The CJK font draws some ideographs with the glyph of their radical, and pdftotext reads that glyph back
# as the radical's code point: Kangxi radicals (⾏ for 行) fold under NFKC, the supplement's (⻋ for 车)
# need this table.
RADICALS = str.maketrans(
    "⻅⻆⻈⻉⻋⻌⻐⻓⻔⻘⻙⻚⻛⻜⻠⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳⺰",
    "见角讠贝车辶钅长门青韦页风飞饣马鱼鸟卤麦黄黾齐齿龙龟纟",
)


class ChinesePapersCase(TransactionCase):
    """Papers as a Chinese company prints them: zh_CN loaded and the printing user working in it; each PDF
    rendered by wkhtmltopdf and read back with pdftotext."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search([("state", "=", "installed")])._update_translations(["zh_CN"])
        cls.env.user.lang = "zh_CN"
        # The text is what is checked: wkhtmltopdf is not sent to fetch styles from the test server, which
        # may be waiting on this very transaction (connection refused at once instead of a hang).
        cls.env["ir.config_parameter"].sudo().set_param("report.url", "http://127.0.0.1:9")
        cls.env = cls.env(context=dict(cls.env.context, lang="zh_CN", tracking_disable=True))

    def paper(self, report, records, *expected):
        """The paper's text, after checking that it holds every ``expected`` label and figure."""
        text = unicodedata.normalize("NFKC", pdf_text(self.env, report, records)).translate(RADICALS)
        self.assertTrue(CJK.search(text), f"{report}: no Chinese character in the printed text")
        flat = re.sub(r"\s+", "", text)
        for fragment in expected:
            expected_text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(fragment)))
            self.assertIn(expected_text, flat, f"{report}: {fragment!r} missing from the paper")
        return text
