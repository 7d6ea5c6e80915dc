from xmlrpc.client import Fault

from odoo import fields
from odoo.tests import HttpCase, tagged

from .common import DEPARTMENTS, BatchReturnCommon

# The button of each stage and the department allowed to press it.
BUTTONS = {
    "request": ("action_submit", "marketing", "Marketing"),
    "confirm": ("action_confirm_return", "quality", "Quality"),
    "receive": ("action_receive", "warehouse", "Warehouse"),
    "sample": ("action_record_sampling", "quality", "Quality"),
    "rework": ("action_record_rework", "process", "Process Engineering"),
    "schedule": ("action_schedule_return", "planning", "Planning"),
}


@tagged("post_install", "-at_install")
class TestBatchReturnOverRpc(BatchReturnCommon, HttpCase):
    """The departments' rules hold whatever the client: here XML-RPC, as each department's own user."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_batch_return()

    def _call(self, department, method, records, *args):
        user = self.users[department]
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", records._name, method, [records.ids, *args]
        )

    def test_each_stage_refuses_the_other_departments(self):
        batch = self._new_batch()
        for code, (method, allowed, department_name) in BUTTONS.items():
            self.assertEqual(batch.stage_code, code)
            for department in DEPARTMENTS:
                if department == allowed:
                    continue
                with self.subTest(stage=code, department=department):
                    with self.assertRaisesRegex(Fault, f"Only {department_name} moves"):
                        self._call(department, method, batch)
                    batch.invalidate_recordset()
                    self.assertEqual(batch.stage_code, code)
            # The right department prepares and presses its button over RPC too.
            if code == "sample":
                for line in batch.line_ids:
                    self._call("quality", "write", line, {"sampled_qty": line.quantity, "defective_qty": 1})
            elif code == "rework":
                self._call("process", "write", batch, {"rework_result": "返工合格"})
            elif code == "schedule":
                self._call(
                    "planning",
                    "write",
                    batch,
                    {"planned_return_date": fields.Datetime.to_string(fields.Datetime.now())},
                )
            self._call(allowed, method, batch)
            batch.invalidate_recordset()
        self.assertTrue(batch.return_scheduled)
        self._call("planning", "action_close", batch)
        batch.invalidate_recordset()
        self.assertEqual(batch.stage_code, "done")

    def test_stage_and_stamps_are_not_written_over_rpc(self):
        batch = self._new_batch()
        done = self.env.ref("aftersales_batch_return.stage_done")
        for department in DEPARTMENTS:
            with self.subTest(department=department):
                with self.assertRaisesRegex(Fault, "is set by the department buttons"):
                    self._call(department, "write", batch, {"stage_id": done.id})
        with self.assertRaisesRegex(Fault, "is set by the department buttons"):
            self._call("marketing", "write", batch, {"confirm_user_id": self.users["quality"].id})
        with self.assertRaisesRegex(Fault, "is set by the department buttons"):
            self.xmlrpc_object.execute_kw(
                self.env.cr.dbname,
                self.users["marketing"].id,
                "br_marketing-password",
                "aftersales.batch.return",
                "create",
                [{"partner_id": self.dealer.id, "stage_id": done.id}],
            )
        self._call("marketing", "action_submit", batch)
        line = batch.line_ids[0]
        with self.assertRaisesRegex(Fault, "is set by Quality's confirmation"):
            self._call("quality", "write", line, {"rma_id": self.env["rma"].search([], limit=1).id})
        batch.invalidate_recordset()
        self.assertEqual(batch.stage_code, "confirm")

    def test_only_marketing_creates(self):
        user = self.users["quality"]
        with self.assertRaisesRegex(Fault, "not allowed to create"):
            self.xmlrpc_object.execute_kw(
                self.env.cr.dbname,
                user.id,
                "br_quality-password",
                "aftersales.batch.return",
                "create",
                [{"partner_id": self.dealer.id}],
            )
