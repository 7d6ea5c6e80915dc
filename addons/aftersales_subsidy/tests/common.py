import base64

from odoo import Command
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

PDF = base64.b64encode(b"%PDF-1.4 scanned form")


class SubsidyCase(TransactionCase):
    """A household bought a refrigerator on a posted invoice; an RMA user, an accountant and a manager."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.fridge = cls.env["product.product"].create(
            {"name": "Test fridge", "type": "consu", "is_storable": True, "list_price": 2000}
        )
        cls.household = cls.env["res.partner"].create({"name": "Test household"})
        cls.invoice = cls._invoice(cls.household, cls.fridge, 2000)
        cls.rma_user = new_test_user(
            cls.env,
            "sub_rma_user",
            groups="rma.rma_group_user_all,stock.group_stock_user",
            password="sub_rma_user",
            tz=cls.env.user.tz,
        )
        cls.accountant = new_test_user(
            cls.env,
            "sub_accountant",
            groups="account.group_account_invoice",
            password="sub_accountant",
            tz=cls.env.user.tz,
        )
        cls.manager = new_test_user(
            cls.env,
            "sub_manager",
            groups="rma.rma_group_manager,stock.group_stock_user,account.group_account_manager",
            tz=cls.env.user.tz,
        )
        cls.refund_operation = cls.env.ref("rma.rma_operation_refund")
        cls.replace_operation = cls.env.ref("rma.rma_operation_replace")

    @classmethod
    def _invoice(cls, partner, product, price):
        invoice = cls.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": partner.id,
                "invoice_line_ids": [
                    Command.create(
                        {"product_id": product.id, "quantity": 1, "price_unit": price, "tax_ids": [Command.clear()]}
                    )
                ],
            }
        )
        invoice.action_post()
        return invoice

    def _subsidy(self, state="not_declared", invoice=None, label="130101090001"):
        """A subsidy taken to ``state`` by the buttons, as the accounting department does."""
        invoice = invoice or self.invoice
        subsidy = (
            self.env["aftersales.subsidy"]
            .with_user(self.accountant)
            .create(
                {
                    "invoice_id": invoice.id,
                    "invoice_line_id": invoice.invoice_line_ids.id,
                    "serial_number": f"SN{label}",
                    "label_card": label,
                }
            )
        )
        steps = {
            "declared": ["action_declare"],
            "rejected": ["action_declare", "action_check_fail"],
            "approved": ["action_declare", "action_check_pass"],
            "paid": ["action_declare", "action_check_pass", "action_mark_paid"],
            "refunded": ["action_declare", "action_check_pass", "action_mark_paid", "refund"],
        }
        for step in steps.get(state, []):
            if step == "refund":
                subsidy.refund_form = PDF
                step = "action_confirm_refund"
            getattr(subsidy, step)()
        self.assertEqual(subsidy.state, state)
        return subsidy.with_user(self.env.user)

    def _rma(self, operation=None, **values):
        return (
            self.env["rma"]
            .with_user(self.rma_user)
            .create(
                {
                    "partner_id": self.household.id,
                    "product_id": self.fridge.id,
                    "operation_id": (operation or self.refund_operation).id,
                    **values,
                }
            )
        )

    @staticmethod
    def _set(records, values):
        """Move a guarded field as the actions do (dates in the past)."""
        with workflow_writes():
            records.sudo().write(values)
