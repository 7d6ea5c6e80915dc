from xmlrpc.client import Fault

from odoo.tests import HttpCase, new_test_user, tagged

from .common import PDF, SubsidyCase


@tagged("post_install", "-at_install")
class TestSubsidyOverRpc(HttpCase, SubsidyCase):
    """The status only moves by the buttons, whatever the client: here, XML-RPC as the least-privileged
    roles that reach subsidies (an RMA user of their own documents, an accountant)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own_rma_user = new_test_user(
            cls.env, "sub_rpc_rma", groups="rma.rma_group_user_own", password="sub_rpc_rma-password"
        )
        cls.rpc_accountant = new_test_user(
            cls.env, "sub_rpc_acc", groups="account.group_account_invoice", password="sub_rpc_acc-password"
        )

    def _call(self, user, method, *args):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", "aftersales.subsidy", method, list(args)
        )

    def test_state_written_over_rpc_is_refused(self):
        subsidy = self._subsidy("approved")
        with self.assertRaisesRegex(Fault, "not written directly"):
            self._call(self.own_rma_user, "write", subsidy.ids, {"state": "refunded"})
        with self.assertRaisesRegex(Fault, "not written directly"):
            self._call(self.own_rma_user, "write", subsidy.ids, {"return_date": "2020-01-01"})
        with self.assertRaisesRegex(Fault, "not written directly"):
            self._call(
                self.own_rma_user,
                "create",
                {
                    "invoice_id": self.invoice.id,
                    "serial_number": "SN-RPC",
                    "label_card": "L-RPC",
                    "product_id": self.fridge.id,
                    "state": "paid",
                },
            )
        subsidy.invalidate_recordset()
        self.assertEqual(subsidy.state, "approved")
        self.assertFalse(subsidy.return_date)

    def test_only_accounting_confirms_the_refund_over_rpc(self):
        subsidy = self._subsidy("paid")
        self._call(self.own_rma_user, "write", subsidy.ids, {"refund_form": PDF.decode()})
        with self.assertRaisesRegex(Fault, "accounting department"):
            self._call(self.own_rma_user, "action_confirm_refund", subsidy.ids)
        subsidy.invalidate_recordset()
        self.assertEqual(subsidy.state, "paid")
        self._call(self.rpc_accountant, "action_confirm_refund", subsidy.ids)
        subsidy.invalidate_recordset()
        self.assertEqual(subsidy.state, "refunded")
        self.assertTrue(self.invoice.subsidy_refunded)
