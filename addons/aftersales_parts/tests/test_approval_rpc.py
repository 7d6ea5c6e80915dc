from xmlrpc.client import Fault

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestApprovalOverRpc(HttpCase):
    """The server refuses a wrong approver and self-approval whatever the client: here, XML-RPC."""

    def _call(self, user, method, record):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", record._name, method, [record.ids]
        )

    def test_wrong_user_and_self_approval_refused_over_rpc(self):
        deputy = new_test_user(
            self.env,
            "rpc_deputy",
            groups="aftersales_base.group_aftersales_approver_deputy",
            password="rpc_deputy-password",
        )
        gm = new_test_user(
            self.env,
            "rpc_gm",
            groups="aftersales_base.group_aftersales_approver_gm,aftersales_parts.group_aftersales_parts",
            password="rpc_gm-password",
        )
        part = self.env["product.product"].create({"name": "RPC part", "standard_price": 800})
        request = (
            self.env["aftersales.part.request"]
            .with_user(gm)
            .create({"line_ids": [(0, 0, {"product_id": part.id, "quantity": 1})]})
        )
        self._call(gm, "action_submit", request)
        with self.assertRaisesRegex(Fault, "General Manager"):
            self._call(deputy, "action_approve", request)
        with self.assertRaisesRegex(Fault, "own request"):
            self._call(gm, "action_approve", request)
        request.invalidate_recordset()
        self.assertEqual(request.approval_state, "to_approve")
        self.assertEqual(request.approval_ids.state, "pending")
