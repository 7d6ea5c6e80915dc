from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged

from .common import LoanerCommon


@tagged("post_install", "-at_install")
class TestLoanerInChinese(LoanerCommon, TransactionCase):
    """Stations read Chinese: the refusal names the borrower in Chinese (every string: aftersales_scenarios)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_loaners()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search([("name", "=", "aftersales_loaner")])._update_translations(["zh_CN"])

    def test_refusal_in_chinese(self):
        self._lend(self.loaner, self._repair())
        self.clerk.lang = "zh_CN"
        with self.assertRaisesRegex(ValidationError, "备机 冀F·L0001 已借给 王芳"):
            self.env["aftersales.loaner.loan"].with_user(self.clerk).with_context(lang="zh_CN").create(
                {"loaner_id": self.loaner.id, "partner_id": self.customer.id}
            )
