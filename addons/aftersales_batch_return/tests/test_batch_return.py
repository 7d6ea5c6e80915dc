from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, tagged

from .common import BatchReturnCommon


@tagged("post_install", "-at_install")
class TestBatchReturn(BatchReturnCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_batch_return()

    def _to_stage(self, batch, code):
        """Walk ``batch`` to the stage ``code`` the way each department does."""
        steps = [
            ("request", "marketing", lambda b: b.action_submit()),
            ("confirm", "quality", lambda b: b.action_confirm_return()),
            ("receive", "warehouse", lambda b: self._validate(self._receipt(b))),
            ("sample", "quality", self._sample),
            ("rework", "process", self._rework),
        ]
        for step, department, press in steps:
            if batch.stage_code == code:
                break
            self.assertEqual(batch.stage_code, step)
            press(self.as_(department, batch))
        self.assertEqual(batch.stage_code, code)

    def _sample(self, batch):
        for line in batch.line_ids:
            line.write({"sampled_qty": line.quantity / 2, "defective_qty": 1})
        batch.action_record_sampling()

    def _rework(self, batch):
        batch.rework_result = "更换灯罩密封圈后复检合格"
        batch.action_record_rework()

    def test_full_sequence(self):
        """Request to done: each department's button, the receipt and the delivery validated through stock."""
        batch = self._new_batch(required_date=fields.Date.context_today(self.env.user) + timedelta(days=10))
        self.assertEqual(batch.stage_code, "request")
        self.assertTrue(batch.name.startswith("BR/"))

        self.as_("marketing", batch).action_submit()
        self.assertEqual(batch.stage_code, "confirm")
        self.assertEqual(batch.request_user_id, self.users["marketing"])
        # Quality, the next department, has the step in its to-dos; the next press closes it.
        self.assertEqual(batch.activity_ids.user_id, self.users["quality"])

        self.as_("quality", batch).action_confirm_return()
        self.assertEqual(batch.stage_code, "receive")
        self.assertEqual(batch.confirm_user_id, self.users["quality"])
        self.assertEqual(batch.activity_ids.user_id, self.users["warehouse"])
        self.assertEqual(len(batch.rma_ids), 2)
        self.assertEqual(batch.rma_ids, batch.line_ids.rma_id)
        self.assertEqual(set(batch.rma_ids.mapped("state")), {"confirmed"})
        self.assertEqual(batch.rma_ids.partner_id, self.dealer)
        self.assertEqual(sorted(batch.rma_ids.mapped("product_uom_qty")), sorted(batch.line_ids.mapped("quantity")))

        receipt = self._receipt(batch)
        self._validate(receipt)
        self.assertEqual(receipt.state, "done")
        self.assertEqual(set(batch.rma_ids.mapped("state")), {"received"})
        self.assertEqual(batch.stage_code, "sample", "the validated receipt moves the batch on by itself")
        self.assertTrue(batch.receive_date)
        self.assertEqual(batch.activity_ids.user_id, self.users["quality"])

        self._sample(self.as_("quality", batch))
        self.assertEqual(batch.stage_code, "rework")
        self.assertEqual(batch.sample_user_id, self.users["quality"])
        self.assertEqual(batch.total_defective, 2)

        self._rework(self.as_("process", batch))
        self.assertEqual(batch.stage_code, "schedule")
        self.assertEqual(batch.rework_user_id, self.users["process"])
        self.assertEqual(batch.activity_ids.user_id, self.users["planning"])

        planning = self.as_("planning", batch)
        with self.assertRaisesRegex(UserError, "planned return date"):
            planning.action_schedule_return()
        planning.planned_return_date = fields.Datetime.now() + timedelta(days=3)
        planning.action_schedule_return()
        self.assertEqual(batch.stage_code, "schedule", "the batch waits for the delivery")
        self.assertEqual(batch.schedule_user_id, self.users["planning"])
        self.assertTrue(batch.return_scheduled)
        delivery = batch.sudo().rma_ids.delivery_move_ids.picking_id
        self.assertEqual(len(delivery), 1, "one delivery takes the whole batch back to the dealer")
        self.assertEqual(delivery.partner_id, self.dealer)
        self.assertEqual(batch.delivery_count, 1)

        self._validate(delivery)
        self.assertEqual(set(batch.rma_ids.mapped("state")), {"returned"})
        self.assertEqual(batch.stage_code, "done")
        self.assertTrue(batch.done_date)
        self.assertFalse(batch.activity_ids, "nothing is left to do")

    def test_confirm_makes_one_receipt_for_all_lines(self):
        fuse = self.env["product.product"].create({"name": "BR fuse", "type": "consu", "is_storable": True})
        batch = self._new_batch(lines=((None, 3), (None, 5), (fuse, 2)))
        self._to_stage(batch, "receive")
        receipt = self._receipt(batch)
        self.assertEqual(len(receipt), 1)
        self.assertEqual(batch.receipt_count, 1)
        self.assertEqual(receipt.partner_id, self.dealer)
        self.assertEqual(receipt.picking_type_id.code, "incoming")
        self.assertEqual(sorted(receipt.move_ids.mapped("product_uom_qty")), [2, 3, 5])
        self.assertEqual(receipt.move_ids.rma_receiver_ids, batch.rma_ids)

    def test_warehouse_receives_all_at_once(self):
        batch = self._new_batch()
        self._to_stage(batch, "receive")
        self.as_("warehouse", batch).action_receive()
        self.assertEqual(self._receipt(batch).state, "done")
        self.assertEqual(batch.stage_code, "sample")

    def test_sampling_is_checked_on_every_line(self):
        batch = self._new_batch()
        self._to_stage(batch, "sample")
        quality = self.as_("quality", batch)
        first, second = quality.line_ids
        first.write({"sampled_qty": 5, "defective_qty": 1})
        with self.assertRaisesRegex(UserError, "enter the sampled quantity"):
            quality.action_record_sampling()
        second.write({"sampled_qty": 5, "defective_qty": 0})
        with self.assertRaisesRegex(UserError, r"more units sampled than returned \(4"):
            quality.action_record_sampling()
        second.write({"sampled_qty": 2, "defective_qty": 3})
        with self.assertRaisesRegex(UserError, "more defective units than sampled"):
            quality.action_record_sampling()
        second.write({"sampled_qty": 2, "defective_qty": -1})
        with self.assertRaisesRegex(UserError, "cannot be negative"):
            quality.action_record_sampling()
        self.assertEqual(batch.stage_code, "sample")
        second.write({"sampled_qty": 4, "defective_qty": 4})
        quality.action_record_sampling()
        self.assertEqual(batch.stage_code, "rework")
        with self.assertRaisesRegex(UserError, "at the sampling stage only"):
            first.write({"defective_qty": 0})

    def test_request_is_checked(self):
        marketing = self.env["aftersales.batch.return"].with_user(self.users["marketing"])
        empty = marketing.create({"partner_id": self.dealer.id, "reason": "异响"})
        with self.assertRaisesRegex(UserError, "has no product to return"):
            empty.action_submit()
        no_reason = self._new_batch(reason=False)
        with self.assertRaisesRegex(UserError, "reason for the return"):
            no_reason.action_submit()
        with self.assertRaisesRegex(ValidationError, "BR headlamp: the returned quantity must be positive"):
            self._new_batch(lines=((None, 0),))
        with self.assertRaisesRegex(ValidationError, "must be positive"):
            self._new_batch(lines=((None, -2),))
        service = self.env["product.product"].create({"name": "BR service", "type": "service"})
        batch = self._new_batch(lines=((service, 1),))
        with self.assertRaisesRegex(UserError, "not a physical product"):
            batch.action_submit()
        self.assertEqual(batch.stage_code, "request")

    def test_confirmed_lines_are_frozen(self):
        batch = self._new_batch()
        self._to_stage(batch, "confirm")
        quality = self.as_("quality", batch)
        quality.action_confirm_return()
        marketing = self.as_("marketing", batch)
        with self.assertRaisesRegex(UserError, "no longer change"):
            marketing.line_ids[0].quantity = 50
        with self.assertRaisesRegex(UserError, "no product can be added"):
            marketing.write({"line_ids": [Command.create({"product_id": self.motor.id, "quantity": 1})]})
        with self.assertRaisesRegex(UserError, "cannot be removed"):
            marketing.line_ids[0].unlink()
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            marketing.unlink()

    def test_wrong_stage_and_department(self):
        batch = self._new_batch()
        with self.assertRaisesRegex(UserError, "at the stage Request, not Quality Confirmation"):
            self.as_("quality", batch).action_confirm_return()
        with self.assertRaisesRegex(AccessError, "Only Marketing"):
            self.as_("quality", batch).action_submit()
        self.assertEqual(batch.stage_code, "request")
        self.assertTrue(self.as_("marketing", batch).can_act)
        self.assertFalse(self.as_("quality", batch).can_act)
        self.assertEqual(
            self.env["aftersales.batch.return"]
            .with_user(self.users["marketing"])
            .search([("is_my_stage", "=", True), ("id", "=", batch.id)]),
            batch,
        )
        self.assertFalse(
            self.env["aftersales.batch.return"]
            .with_user(self.users["quality"])
            .search([("is_my_stage", "=", True), ("id", "=", batch.id)])
        )

    def test_planning_closes_a_scheduled_return(self):
        batch = self._new_batch()
        self._to_stage(batch, "schedule")
        planning = self.as_("planning", batch)
        with self.assertRaisesRegex(UserError, "before closing it"):
            planning.action_close()
        planning.planned_return_date = fields.Datetime.now()
        planning.action_schedule_return()
        with self.assertRaisesRegex(UserError, "already scheduled"):
            planning.action_schedule_return()
        planning.action_close()
        self.assertEqual(batch.stage_code, "done")
        self.assertEqual(batch.done_user_id, self.users["planning"])

    def test_late_filter(self):
        late = self._new_batch(required_date=fields.Date.context_today(self.env.user) - timedelta(days=1))
        on_time = self._new_batch(required_date=fields.Date.context_today(self.env.user) + timedelta(days=1))
        undated = self._new_batch()
        Batch = self.env["aftersales.batch.return"]
        ours = (late | on_time | undated).ids
        self.assertEqual(Batch.search([("is_late", "=", True), ("id", "in", ours)]), late)
        self.assertEqual(Batch.search([("is_late", "=", False), ("id", "in", ours)]), on_time | undated)
        self.assertTrue(late.is_late)
        self.assertFalse(on_time.is_late)
