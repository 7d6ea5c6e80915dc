from xmlrpc.client import Fault

from odoo.tests import HttpCase, tagged

from .common import SanbaoReturnCase


@tagged("post_install", "-at_install")
class TestSanbaoReturnOverRpc(HttpCase, SanbaoReturnCase):
    """What the buttons refuse, RPC refuses too: the register, the link to a request, the refund."""

    def _rpc(self, user, model, method, *args):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", model, method, list(args)
        )

    def test_register_and_links_are_not_written_by_hand(self):
        with self.assertRaisesRegex(Fault, "三包 return"):
            self._rpc(self.clerk, "aftersales.vehicle", "write", self.vehicle.ids, {"register_state": "returned"})
        request = self._approved("refund")
        other = self.env["rma"].create(
            {"partner_id": self.owner.id, "product_id": self.model.id, "operation_id": request.rma_id.operation_id.id}
        )
        with self.assertRaisesRegex(Fault, "三包 decision"):
            self._rpc(self.officer, "rma", "write", other.ids, {"sanbao_request_id": request.id})
        self.assertFalse(other.sanbao_request_id)

    def test_only_accounting_refunds_over_rpc(self):
        request = self._approved("refund")
        self._validate(request.rma_id.reception_move_id.picking_id, self.vehicle.lot_id)
        with self.assertRaisesRegex(Fault, "Only accounting"):
            self._rpc(self.officer, "rma", "action_refund", request.rma_id.ids)
        self._rpc(self.accountant, "rma", "action_refund", request.rma_id.ids)
        self.assertEqual(request.rma_id.state, "refunded")
