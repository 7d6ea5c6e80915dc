import base64
import io

import openpyxl
from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import perform_queued_jobs

from .common import ClaimCase


@tagged("post_install", "-at_install")
class TestWarrantySettlements(ClaimCase):
    def _settlement(self, partner=None, direction="station", **values):
        return (
            self.env["aftersales.warranty.settlement"]
            .with_user(self.accountant)
            .create(
                {
                    "partner_id": (partner or self.station).id,
                    "direction": direction,
                    "date_from": self.today.replace(day=1),
                    "date_to": self.today,
                    **values,
                }
            )
        )

    def _pay(self, move, amount):
        self.env["account.payment.register"].with_context(active_model="account.move", active_ids=move.ids).create(
            {"amount": amount, "payment_date": self.today}
        )._create_payments()

    def test_settlement_posts_one_bill_and_follows_its_payment(self):
        first = self._approved_claim()
        second = self._approved_claim([self._labour(hours=1)])
        settlement = self._settlement()
        settlement.action_collect()
        self.assertEqual(settlement.claim_ids, first | second)
        self.assertEqual(settlement.amount_total, 540.0 + 120.0)
        settlement.action_post()
        move = settlement.move_id
        self.assertEqual((move.move_type, move.state, move.partner_id), ("in_invoice", "posted", self.station))
        self.assertAlmostEqual(move.amount_total, 660.0)
        self.assertEqual(settlement.state, "posted")
        self.assertEqual(set((first | second).mapped("state")), {"settled"})
        self._pay(move, 200.0)
        self.assertEqual(settlement.state, "partial")
        self.assertAlmostEqual(settlement.amount_paid, 200.0)
        self.assertAlmostEqual(settlement.amount_residual, 460.0)
        self._pay(move, 460.0)
        self.assertEqual(settlement.state, "paid")
        self.assertAlmostEqual(settlement.amount_residual, 0.0)
        payable = move.line_ids.filtered(lambda line: line.account_id.account_type == "liability_payable")
        self.assertTrue(payable.reconciled)

    def test_a_large_settlement_collects_and_posts_as_a_queue_job(self):
        self.env["ir.config_parameter"].sudo().set_param("aftersales.settlement_job_claims", 1)
        claims = self._approved_claim() | self._approved_claim([self._labour(hours=1)])
        settlement = self._settlement()
        settlement.action_collect()
        settlement.action_collect()
        self.assertFalse(settlement.claim_ids, "not collected yet: queued")
        self.assertEqual(settlement.job_state, "pending")
        jobs = self.env["queue.job"].search([("uuid", "=", settlement.job_uuid)])
        self.assertEqual((len(jobs), jobs.channel), (1, "root.aftersales.settlement"), "queued once")
        self.assertEqual(perform_queued_jobs(self.env, "action_collect"), 1)
        self.env.invalidate_all()
        self.assertEqual((settlement.claim_ids, settlement.job_state), (claims, "done"))
        settlement.action_post()
        self.assertFalse(settlement.move_id)
        self.assertEqual(perform_queued_jobs(self.env, "action_post"), 1)
        self.env.invalidate_all()
        self.assertEqual(settlement.move_id.state, "posted")
        self.assertEqual(set(claims.mapped("state")), {"settled"})
        with self.assertRaises(AccessError):
            settlement.with_user(self.accountant).write({"job_uuid": "forged"})

    def test_a_failed_settlement_job_shows_its_error(self):
        self.env["ir.config_parameter"].sudo().set_param("aftersales.settlement_job_claims", 0)
        self._approved_claim()
        settlement = self._settlement()
        settlement.action_collect()
        perform_queued_jobs(self.env, "action_collect")
        self.env.invalidate_all()
        settlement.action_post()
        job = self.env["queue.job"].search([("uuid", "=", settlement.job_uuid)])
        job.write({"state": "failed", "exc_message": "could not serialize access"})
        settlement.invalidate_recordset(["job_state", "job_message"])
        self.assertEqual(settlement.with_user(self.accountant).job_state, "failed")
        self.assertEqual(settlement.with_user(self.accountant).job_message, "could not serialize access")

    def test_manufacturer_settlement_is_a_customer_invoice(self):
        claim = self._approved_claim(partner_id=self.maker.id, direction="manufacturer", user=self.officer)
        settlement = self._settlement(self.maker, "manufacturer")
        settlement.action_collect()
        self.assertEqual(settlement.claim_ids, claim)
        settlement.action_post()
        self.assertEqual(settlement.move_id.move_type, "out_invoice")
        self.assertFalse(claim.return_picking_id, "the maker does not send us old parts")

    def test_a_claim_is_never_settled_twice(self):
        claim = self._approved_claim()
        first = self._settlement()
        first.action_collect()
        second = self._settlement()
        second.action_collect()
        self.assertFalse(second.claim_ids)
        with self.assertRaisesRegex(UserError, "no claims"):
            second.action_post()
        with self.assertRaisesRegex(UserError, "Already settled"):
            second._lock_claims(claim)
        first.action_post()
        with self.assertRaisesRegex(UserError, "already posted"):
            first.action_post()

    def test_only_claims_assessed_in_the_period_are_collected(self):
        claim = self._approved_claim()
        claim.sudo().assessed_on = self.today - relativedelta(months=2)
        settlement = self._settlement()
        settlement.action_collect()
        self.assertFalse(settlement.claim_ids)
        self.assertFalse(self._settlement(self.other_station).claim_ids)

    def test_credit_note_reverses_and_releases_the_claims(self):
        claim = self._approved_claim()
        settlement = self._settlement()
        settlement.action_collect()
        settlement.action_post()
        settlement.action_reverse()
        self.assertEqual(settlement.state, "cancel")
        self.assertEqual(settlement.move_id.payment_state, "reversed")
        self.assertEqual(claim.state, "approved")
        self.assertFalse(claim.settlement_id)
        self.assertEqual(settlement.released_claim_ids, claim)
        again = self._settlement()
        again.action_collect()
        self.assertEqual(again.claim_ids, claim)

    def test_credit_note_from_accounting_releases_the_claims_too(self):
        claim = self._approved_claim()
        settlement = self._settlement()
        settlement.action_collect()
        settlement.action_post()
        reversal = (
            self.env["account.move.reversal"]
            .with_context(active_model="account.move", active_ids=settlement.move_id.ids)
            .create({"journal_id": settlement.move_id.journal_id.id, "date": self.today})
        )
        credit_note = self.env["account.move"].browse(reversal.refund_moves()["res_id"])
        self.assertFalse(claim.settlement_id.state == "cancel")
        credit_note.action_post()
        self.assertEqual(settlement.state, "cancel")
        self.assertEqual(claim.state, "approved")

    def test_paid_settlement_cannot_be_reversed_here(self):
        self._approved_claim()
        settlement = self._settlement()
        settlement.action_collect()
        settlement.action_post()
        self._pay(settlement.move_id, settlement.amount_total)
        with self.assertRaisesRegex(UserError, "unreconcile"):
            settlement.action_reverse()

    def test_old_part_not_returned_in_time_is_deducted(self):
        claim = self._approved_claim()
        pump_line = claim.line_ids.filtered(lambda line: line.product_id == self.pump)
        self.assertTrue(pump_line.return_required)
        self.assertEqual(claim.return_picking_id.move_ids.product_id, self.pump)
        self.assertEqual(
            pump_line.return_due_date, self.today + relativedelta(days=self.env.company.aftersales_old_part_days)
        )
        self.assertEqual(pump_line.return_state, "waiting")
        pump_line.sudo().return_due_date = self.today - relativedelta(days=1)
        self.assertEqual(pump_line.return_state, "overdue")
        self.station.invalidate_recordset()
        self.assertEqual(self.station.aftersales_credit_pending, 300.0)
        later = self._approved_claim([self._labour(hours=5)])
        settlement = self._settlement()
        settlement.action_collect()
        self.assertEqual(settlement.deduction_line_ids, pump_line)
        self.assertEqual(settlement.amount_total, 540.0 + 600.0 - 300.0)
        settlement.action_post()
        deduction = settlement.move_id.invoice_line_ids.filtered(
            lambda line: line.product_id == self.env.ref("aftersales_warranty.product_claim_deduction")
        )
        self.assertAlmostEqual(deduction.price_subtotal, -300.0)
        self.station.invalidate_recordset()
        self.assertEqual(self.station.aftersales_credit_deducted, 300.0)
        self.assertTrue(later.settlement_id)
        self.assertFalse(
            self.env["aftersales.warranty.claim.line"]._overdue_for_deduction(self.station, self.today),
            "a deduction is taken once",
        )

    def test_old_part_returned_in_time_is_not_deducted(self):
        claim = self._approved_claim()
        picking = claim.return_picking_id
        picking.move_ids.quantity = 1
        picking.move_ids.picked = True
        picking.button_validate()
        pump_line = claim.line_ids.filtered(lambda line: line.product_id == self.pump)
        pump_line.sudo().return_due_date = self.today - relativedelta(days=1)
        self.assertEqual(pump_line.return_state, "returned")
        settlement = self._settlement()
        settlement.action_collect()
        self.assertFalse(settlement.deduction_line_ids)

    def test_deductions_larger_than_the_claims_are_refused(self):
        claim = self._approved_claim()
        claim.line_ids.filtered("return_required").sudo().return_due_date = self.today - relativedelta(days=1)
        settlement = self._settlement()
        settlement.action_collect()
        settlement.sudo().claim_ids.sudo().settlement_id = False
        small = self._approved_claim([self._labour(hours=1)])
        small.sudo().settlement_id = settlement
        with self.assertRaisesRegex(UserError, "deductions"):
            settlement.action_post()

    def test_station_sees_only_its_settlements(self):
        self._approved_claim()
        settlement = self._settlement()
        settlement.action_collect()
        Settlement = self.env["aftersales.warranty.settlement"]
        self.assertEqual(Settlement.with_user(self.clerk).search([("id", "=", settlement.id)]), settlement)
        self.assertFalse(Settlement.with_user(self.other_clerk).search([("id", "=", settlement.id)]))

    def test_statement_lists_every_claim(self):
        claim = self._approved_claim()
        settlement = self._settlement()
        settlement.action_collect()
        settlement.action_post()
        action = settlement.action_export_statement()
        attachment = self.env["ir.attachment"].browse(int(action["url"].split("/")[3].split("?")[0]))
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(attachment.datas)))
        rows = list(book.worksheets[1].iter_rows(values_only=True))
        self.assertEqual(rows[1][0], claim.name)
        self.assertEqual(rows[1][5], 540.0)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("aftersales_warranty.report_settlement_statement", settlement.ids)[0]
            .decode()
        )
        self.assertIn(claim.name, html)

    def test_monthly_cost_report_counts_jobs_in_and_out_of_warranty(self):
        Repair = self.env["repair.order"]
        in_warranty = Repair.create(
            {"vehicle_id": self.vehicle.id, "labour_ids": [fields.Command.create(self._labour_values("warranty"))]}
        )
        paid = Repair.create(
            {"vehicle_id": self.vehicle.id, "labour_ids": [fields.Command.create(self._labour_values("customer"))]}
        )
        (in_warranty | paid).write({"state": "done", "aftersales_done_date": self.today})
        report = self.env["aftersales.warranty.cost.report"].create({"date": self.today})
        rows = report._rows()
        self.assertEqual(len(rows), 1)
        self.assertEqual(
            (
                rows[0]["jobs"],
                rows[0]["in_warranty"],
                rows[0]["out_warranty"],
                rows[0]["warranty"],
                rows[0]["customer"],
            ),
            (2, 1, 1, 240.0, 240.0),
        )
        action = report.action_export_xlsx()
        self.assertTrue(action["url"].startswith("/web/content/"))
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("aftersales_warranty.report_warranty_cost", report.ids)[0]
            .decode()
        )
        self.assertIn("Claim SUV", html)

    def test_monthly_cost_report_counts_a_job_in_warranty_by_its_lines(self):
        """A bulb replaced free under warranty costs nothing, yet the job is a warranty job."""
        free_bulb = self.env["product.product"].create({"name": "Free bulb", "lst_price": 0.0})
        job = self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "labour_ids": [fields.Command.create(self._labour_values("customer"))],
                "move_ids": [
                    fields.Command.create(
                        {
                            "product_id": free_bulb.id,
                            "product_uom_qty": 1,
                            "repair_line_type": "add",
                            "pay_type": "warranty",
                        }
                    )
                ],
            }
        )
        job.write({"state": "done", "aftersales_done_date": self.today})
        self.assertFalse(job.amount_warranty)
        row = self.env["aftersales.warranty.cost.report"].create({"date": self.today})._rows()[0]
        self.assertEqual((row["jobs"], row["in_warranty"], row["out_warranty"]), (1, 1, 0))

    def _labour_values(self, pay_type):
        return {"name": "Pump", "std_hours": 2, "rate": 120, "pay_type": pay_type}
