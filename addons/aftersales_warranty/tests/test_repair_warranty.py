from datetime import date

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestRepairWarranty(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.model = cls.env["product.product"].create({"name": "Warranty SUV", "aftersales_is_vehicle": True})
        cls.battery = cls.env["product.product"].create({"name": "Traction battery", "lst_price": 1000})
        cls.bulb = cls.env["product.product"].create({"name": "Bulb", "lst_price": 20})
        cls.env["aftersales.warranty.policy"].create(
            {
                "name": "Battery 2 years / 30,000 km, restarts on replacement",
                "months": 24,
                "distance_km": 30000,
                "part_ids": [Command.set(cls.battery.ids)],
                "labour_pct": 50,
                "restart_on_replacement": True,
            }
        )
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {"vin": "WTYADRJF7K1000010", "product_id": cls.model.id, "delivery_date": date(2025, 1, 1)}
        )
        cls.officer = new_test_user(cls.env, "warranty_officer", groups="aftersales_warranty.group_aftersales_warranty")
        cls.gm = new_test_user(
            cls.env,
            "goodwill_gm",
            groups="aftersales_base.group_aftersales_approver_gm,aftersales_base.group_aftersales_user",
        )
        cls.adviser = new_test_user(cls.env, "adviser", groups="aftersales_base.group_aftersales_user")

    def _job(self, odometer, labour=1, parts=()):
        return self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "odometer_in": odometer,
                "labour_ids": [Command.create({"name": f"Op {i}", "std_hours": 1, "rate": 100}) for i in range(labour)],
                "move_ids": [
                    Command.create({"product_id": product.id, "product_uom_qty": 1, "repair_line_type": "add"})
                    for product in parts
                ],
            }
        )

    def test_check_decides_every_line(self):
        job = self._job(20000, labour=2, parts=[self.battery, self.bulb])
        job.warranty_exclusion_id = False
        job.action_check_warranty()
        self.assertEqual(set(job.labour_ids.mapped("warranty_reason")), {"covered"})
        self.assertEqual(set(job.move_ids.mapped("pay_type")), {"warranty"})
        self.assertIn("Warranty checked", job.message_ids[0].body)

    def test_excluded_job_goes_to_the_customer(self):
        job = self._job(20000, parts=[self.bulb])
        job.warranty_exclusion_id = self.env.ref("aftersales_warranty.exclusion_accident")
        job.action_check_warranty()
        self.assertEqual(set(job.move_ids.mapped("warranty_reason")), {"excluded"})
        self.assertEqual(set(job.labour_ids.mapped("pay_type") + job.move_ids.mapped("pay_type")), {"customer"})

    def test_batch_decision_does_not_query_per_line(self):
        small = self._job(20000, labour=5, parts=[self.bulb] * 5)
        large = self._job(20001, labour=40, parts=[self.bulb] * 40)
        for job in (small, large):
            job.invalidate_recordset()
            job.labour_ids.invalidate_recordset()
            job.move_ids.invalidate_recordset()
        self.env.flush_all()
        counts = []
        for job in (small, large):
            before = self.cr.sql_log_count
            job.action_check_warranty()
            self.env.flush_all()
            counts.append(self.cr.sql_log_count - before)
        self.assertLessEqual(counts[1], counts[0] + 5, f"queries for 10 lines vs 80 lines: {counts}")

    def test_override_by_officer_with_note(self):
        job = self._job(20000, labour=1)
        job.action_check_warranty()
        line = job.labour_ids
        with self.assertRaises(AccessError):
            line.with_user(self.adviser)._override_warranty("customer", "not a defect")
        with self.assertRaises(UserError):
            line.with_user(self.officer)._override_warranty("customer", " ")
        line.with_user(self.officer)._override_warranty("customer", "Damage from an aftermarket alarm")
        self.assertEqual((line.pay_type, line.warranty_reason), ("customer", "override"))
        job.action_check_warranty()
        self.assertEqual(line.pay_type, "customer", "a re-check keeps the officer's decision")

    def test_goodwill_needs_the_general_manager(self):
        job = self._job(90000, labour=1)  # past the 60,000 km vehicle warranty
        job.action_check_warranty()
        self.assertEqual(job.labour_ids.warranty_reason, "expired_distance")
        job.labour_ids.pay_type = "goodwill"
        job.action_validate()
        job.action_repair_start()
        with self.assertRaisesRegex(UserError, "goodwill"):
            job.action_repair_end()
        job.with_user(self.officer).action_submit()
        job.with_user(self.gm).action_approve()
        job.action_repair_end()
        self.assertEqual(job.state, "done")

    def test_goodwill_grown_after_approval_goes_back_for_approval(self):
        job = self._job(90000, labour=1)
        job.action_check_warranty()
        job.labour_ids.pay_type = "goodwill"
        job.action_validate()
        job.action_repair_start()
        job.with_user(self.officer).action_submit()
        job.with_user(self.gm).action_approve()
        self.assertEqual(job.approval_amount_approved, 100.0)
        # More goodwill after the general manager approved 100: the approval no longer covers it.
        job.write(
            {"labour_ids": [Command.create({"name": "Extra", "std_hours": 2, "rate": 100, "pay_type": "goodwill"})]}
        )
        with self.assertRaisesRegex(UserError, "more than the 100.00 approved"):
            job.action_repair_end()
        job.with_user(self.officer).action_submit()
        self.assertEqual(job.approval_state, "to_approve")
        job.with_user(self.gm).action_approve()
        job.action_repair_end()
        self.assertEqual(job.state, "done")

    def test_key_part_restart(self):
        job = self._job(20000, parts=[self.battery])
        job.action_validate()
        job.action_repair_start()
        job.action_repair_end()
        restarted = self.vehicle.warranty_ids.filtered("replaced_on_repair_id")
        self.assertEqual((restarted.start_km, restarted.end_km), (20000, 50000))
        self.assertEqual(restarted.start_date, fields.Date.context_today(self.env.user))
        old = self.vehicle.with_context(active_test=False).warranty_ids.filtered(
            lambda w: w.policy_id == restarted.policy_id and not w.active
        )
        self.assertEqual(old.state, "superseded")
        verdict = self.vehicle.get_warranty_coverage(self.battery, restarted.start_date, 45000)
        self.assertEqual((verdict["covered"], verdict["warranty_id"]), (True, restarted.id))
