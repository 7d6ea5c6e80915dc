from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import SanbaoReturnCase


@tagged("post_install", "-at_install")
class TestSanbaoReturn(SanbaoReturnCase):
    """Request → decision → RMA → credit note or replacement delivery → vehicle register."""

    def test_refund_end_to_end(self):
        request = self._approved("refund")
        # 90,000 x 1,500 km / 1000 x 0.6 % = 810
        self.assertEqual((request.compensation, request.refund_amount), (810.0, 89190.0))
        rma = request.rma_id
        self.assertEqual(rma.state, "confirmed", "the approval opens the return at once")
        self.assertEqual((rma.partner_id, rma.lot_id), (self.owner, self.vehicle.lot_id))
        receipt = rma.reception_move_id.picking_id
        self.assertEqual(receipt.move_ids.restrict_lot_id, self.vehicle.lot_id, "received by its own VIN")
        self.assertEqual(self.vehicle.register_state, "in_service", "nothing closes before the vehicle is back")

        self._validate(receipt, self.vehicle.lot_id)
        self.assertEqual(rma.state, "received")
        self.assertEqual(self.vehicle.register_state, "returned")
        self.assertEqual(self.vehicle.closed_on, self.today)
        self.assertIn(request.name, self.vehicle.closed_reason)

        with self.assertRaisesMessage(AccessError, "accounting"):
            rma.with_user(self.officer).action_refund()
        rma.with_user(self.accountant).action_refund()
        refund = request.refund_move_id
        self.assertEqual(rma.state, "refunded")
        self.assertEqual(refund.move_type, "out_refund")
        self.assertEqual(refund.partner_id, self.owner)
        self.assertAlmostEqual(refund.amount_untaxed, 89190.0, msg="the price paid, less the usage compensation")
        self.assertEqual(sorted(refund.invoice_line_ids.mapped("price_unit")), [-810.0, 90000.0])

        again = self.env["aftersales.sanbao.request"].create({"vehicle_id": self.vehicle.id, "price": 90000})
        with self.assertRaisesMessage(UserError, "was returned or exchanged"):
            again.action_submit_request()

    def test_exchange_end_to_end(self):
        request = self._approved("exchange")
        rma = request.rma_id
        self._validate(rma.reception_move_id.picking_id, self.vehicle.lot_id)
        self.assertEqual(self.vehicle.register_state, "exchanged")

        new_lot = self.env["stock.lot"].create({"name": "SBRETURN7K1000002", "product_id": self.model.id})
        self.env["stock.quant"]._update_available_quantity(self.model, self.warehouse.lot_stock_id, 1, lot_id=new_lot)
        wizard = (
            self.env["rma.delivery.wizard"]
            .with_user(self.officer)
            .with_context(active_ids=rma.ids, active_id=rma.id, rma_delivery_type="replace")
            .create({"product_uom_qty": 1})
        )
        self.assertEqual(wizard.product_id, self.model, "the replacement is of the same model")
        wizard.lot_id = new_lot
        wizard.action_deliver()
        self.assertEqual(rma.state, "waiting_replacement")
        self._validate(rma.delivery_move_ids.picking_id, new_lot)
        self.assertEqual(rma.state, "replaced")

        replacement = self.vehicle.replaced_by_id
        self.assertEqual(replacement.vin, "SBRETURN7K1000002")
        self.assertEqual(replacement.lot_id, new_lot)
        self.assertEqual(replacement.replaces_id, self.vehicle)
        self.assertEqual(replacement.partner_id, self.owner)
        self.assertEqual(replacement.delivery_date, self.today, "its own 三包 and warranties start at its delivery")
        self.assertTrue(replacement.warranty_ids)
        self.assertEqual(set(replacement.warranty_ids.mapped("start_date")), {self.today})
        self.assertEqual(replacement.register_state, "in_service")
        self.assertEqual(request.replacement_vehicle_id, replacement)

        invoice = request.compensation_move_id
        self.assertEqual((invoice.move_type, invoice.partner_id), ("out_invoice", self.owner))
        self.assertAlmostEqual(invoice.amount_untaxed, 810.0, msg="the exchange charges the usage compensation")

    def test_reopen_cancels_an_untouched_return_and_refuses_once_received(self):
        request = self._approved("refund")
        rma = request.rma_id
        request.with_user(self.officer).action_reopen("The customer withdrew the request")
        self.assertEqual(request.state, "submitted")
        self.assertEqual(rma.state, "cancelled")
        self.assertFalse(request.rma_id)
        self.assertEqual(rma.reception_move_id.state, "cancel", "the receipt no longer waits for the vehicle")

        request.with_user(self.officer).action_approve_refund()
        self._validate(request.rma_id.reception_move_id.picking_id, self.vehicle.lot_id)
        with self.assertRaisesMessage(UserError, "the decision stands"):
            request.with_user(self.officer).action_reopen("Changed my mind")

    def test_a_vehicle_without_model_cannot_be_approved(self):
        vehicle = self._vehicle("SBRETURN7K1000009")
        vehicle.product_id = False
        request = self.env["aftersales.sanbao.request"].create({"vehicle_id": vehicle.id, "price": 1000})
        request.action_submit_request()
        with self.assertRaisesMessage(UserError, "has no model"):
            request.with_user(self.officer).action_approve_refund()
