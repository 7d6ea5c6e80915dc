from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import SIGNATURE, FsmCase


@tagged("post_install", "-at_install")
class TestOnsiteRecord(FsmCase):
    def test_record_needs_started_order(self):
        order = self._order(dispatched_at="2026-03-02 08:00:00")
        with self.assertRaisesMessage(UserError, "has not started"):
            self.env["aftersales.fsm.record"].create({"order_id": order.id, "found": "Flat battery"})
        with self.assertRaisesMessage(UserError, "has not started"):
            order.action_aftersales_new_record()

    def test_signed_record_is_immutable_and_amended(self):
        order = self._started_order(dispatch_kind="road_rescue")
        part = self.env["product.product"].create({"name": "Battery 12V"})
        record = self.env["aftersales.fsm.record"].create(
            {
                "order_id": order.id,
                "record_type": "emergency",
                "found": "Flat battery",
                "work_done": "Replaced the battery",
                "hours_on_site": 0.5,
                "part_line_ids": [(0, 0, {"product_id": part.id, "quantity": 1})],
                "engineer_signature": SIGNATURE,
            }
        )
        self.assertFalse(record.is_signed)
        record.write({"signed_by": "Mr Owner", "customer_signature": SIGNATURE})
        self.assertTrue(record.is_signed)
        self.assertTrue(record.signed_on)
        with self.assertRaisesMessage(UserError, "cannot be changed"):
            record.work_done = "Something else"
        with self.assertRaisesMessage(UserError, "cannot be changed"):
            record.part_line_ids.quantity = 2
        with self.assertRaisesMessage(UserError, "cannot be changed"):
            record.part_line_ids = [(0, 0, {"product_id": part.id})]
        with self.assertRaisesMessage(UserError, "cannot be changed"):
            record.unlink()
        self.assertEqual(record.work_done, "Replaced the battery")

        action = record.action_amend()
        amendment = self.env["aftersales.fsm.record"].browse(action["res_id"])
        self.assertEqual(amendment.amends_id, record)
        self.assertFalse(amendment.is_signed)
        self.assertFalse(amendment.customer_signature)
        self.assertEqual(amendment.part_line_ids.product_id, part)
        amendment.work_done = "Replaced the battery and the clamp"
        self.assertEqual(record.amended_by_ids, amendment)

    def test_signature_time_not_written_directly(self):
        record = self.env["aftersales.fsm.record"].create({"order_id": self._started_order().id})
        with self.assertRaisesMessage(AccessError, "not written directly"):
            record.with_user(self.agent).write({"signed_on": "2026-03-02 09:00:00"})

    def test_print_only_once_signed(self):
        record = self.env["aftersales.fsm.record"].create(
            {"order_id": self._started_order().id, "found": "Loose connector"}
        )
        report = "aftersales_fieldservice.action_report_aftersales_fsm_record"
        with self.assertRaisesMessage(UserError, "not signed by the customer yet"):
            self.env["ir.actions.report"]._render_qweb_html(report, record.ids)
        record.write({"customer_signature": SIGNATURE, "engineer_signature": SIGNATURE, "signed_by": "Mr Owner"})
        html = self.env["ir.actions.report"]._render_qweb_html(report, record.ids)[0].decode()
        self.assertIn("Loose connector", html)
        self.assertIn("Mr Owner", html)
        self.assertEqual(html.count(SIGNATURE.decode()), 2, "both signatures are printed")
