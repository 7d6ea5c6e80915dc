from odoo import Command
from odoo.tests import tagged

from odoo.addons.aftersales_warranty.tests.common import ClaimCase


@tagged("post_install", "-at_install")
class TestOldPartAskedBackOnce(ClaimCase):
    """旧件返厂: a replaced part is asked back once, whether a part request, a warranty claim or both ask."""

    def _job_with_requested_pump(self):
        stock = self.env.ref("stock.warehouse0").lot_stock_id
        self.env["stock.quant"]._update_available_quantity(self.pump, stock, 2)
        job = self.env["repair.order"].create({"vehicle_id": self.vehicle.id, "odometer_in": 15000})
        request = self.env["aftersales.part.request"].create(
            {
                "repair_id": job.id,
                "purpose": "warranty",
                "line_ids": [Command.create({"product_id": self.pump.id, "quantity": 1})],
            }
        )
        request.action_submit()
        request.with_user(self.gm).action_approve()
        job.action_validate()
        job.action_repair_start()
        job.action_repair_end()
        self.assertEqual(request.state, "done")
        return job, request

    def _old_pump_receipts(self, job):
        return self.env["stock.move"].search(
            [("aftersales_old_part_repair_id", "=", job.id), ("product_id", "=", self.pump.id)]
        )

    def test_claim_on_a_requested_part_keeps_the_request_receipt(self):
        job, request = self._job_with_requested_pump()
        requested = request.line_ids.return_move_id
        self.assertTrue(requested, "the part request asks the 300-yuan pump back")
        self.assertEqual(self._old_pump_receipts(job), requested)
        job.action_check_warranty()
        claim = self.env["aftersales.warranty.claim"].browse(job.action_create_warranty_claim()["res_id"])
        claim.action_submit()
        claim.with_user(self.officer).action_assess()
        pump_line = claim.line_ids.filtered(lambda line: line.product_id == self.pump)
        self.assertTrue(pump_line.return_required)
        self.assertEqual(pump_line.return_move_id, requested, "the claim follows the receipt already asked for")
        self.assertEqual(pump_line.return_due_date, request.return_due_date)
        self.assertEqual(self._old_pump_receipts(job), requested, "one old pump is asked back once")
        self.assertEqual(claim.return_picking_id, request.return_picking_id)
        # Received once, it counts as returned for both.
        requested.picking_id.move_ids.write({"quantity": 1, "picked": True})
        requested.picking_id.button_validate()
        self.assertEqual(pump_line.return_state, "returned")
        self.assertFalse(request.return_overdue)

    def test_claim_without_a_request_asks_the_part_back_itself(self):
        job = self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "odometer_in": 15000,
                "move_ids": [
                    Command.create({"product_id": self.pump.id, "product_uom_qty": 1, "repair_line_type": "add"})
                ],
            }
        )
        job.action_check_warranty()
        claim = self.env["aftersales.warranty.claim"].browse(job.action_create_warranty_claim()["res_id"])
        claim.action_submit()
        claim.with_user(self.officer).action_assess()
        self.assertEqual(len(self._old_pump_receipts(job)), 1)
        self.assertEqual(claim.line_ids.return_move_id, self._old_pump_receipts(job))
