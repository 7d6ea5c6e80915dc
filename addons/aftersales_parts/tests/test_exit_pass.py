from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import PartsCase


@tagged("post_install", "-at_install")
class TestExitPass(PartsCase):
    def test_exit_pass_chain_and_print(self):
        accountant = new_test_user(self.env, "accountant", groups="account.group_account_invoice")
        exit_pass = (
            self.env["aftersales.exit.pass"]
            .with_user(self.requester)
            .create({"partner_id": self.customer.id, "line_ids": [(0, 0, {"product_id": self.part.id, "quantity": 6})]})
        )
        self.assertEqual(exit_pass.amount_total, 600)
        with self.assertRaises(UserError):
            exit_pass.action_print()
        exit_pass.action_submit()
        self.assertEqual(exit_pass.approval_ids.mapped("name"), ["General manager (above 500)", "Finance stamp"])
        exit_pass.with_user(self.gm).action_approve()
        exit_pass.with_user(accountant).action_approve()
        self.assertEqual(exit_pass.approval_state, "approved")
        html = str(
            self.env["ir.actions.report"]._render_qweb_html("aftersales_parts.report_exit_pass", exit_pass.ids)[0]
        )
        self.assertIn(exit_pass.name, html)
        self.assertIn("Finance stamp", html)
