from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import PDF, SubsidyCase

STAMP = "Subsidy refunded, return allowed"


@tagged("post_install", "-at_install")
class TestSubsidyReturn(SubsidyCase):
    """先退补贴后退货: each state of the subsidy, end to end with an RMA."""

    def setUp(self):
        super().setUp()
        self.today = fields.Date.context_today(self.env["rma"])

    def _invoice_html(self):
        html, _type = self.env["ir.actions.report"]._render_qweb_html("account.report_invoice", self.invoice.ids)
        return html.decode()

    def test_not_declared_returns_directly(self):
        subsidy = self._subsidy("not_declared")
        rma = self._rma()
        self.assertEqual(rma.subsidy_id, subsidy, "found from the customer and the product")
        self.assertEqual(rma.subsidy_return_path, "direct")
        rma.action_confirm()
        self.assertEqual(rma.state, "confirmed")
        self.assertEqual(subsidy.state, "not_declared", "no filing to cancel")
        self.assertEqual(subsidy.return_date, self.today)
        self.assertEqual(rma.subsidy_returned_on, self.today)
        self.assertEqual(subsidy.retain_until, self.today + relativedelta(years=3))
        with self.assertRaises(UserError):
            subsidy.with_user(self.accountant).action_declare()  # returned: no subsidy is due any more

    def test_declared_or_rejected_filing_cancelled_by_the_return(self):
        for state, label in (("declared", "L-DECL"), ("rejected", "L-REJ")):
            with self.subTest(state=state):
                invoice = self._invoice(self.household, self.fridge, 2000)
                subsidy = self._subsidy(state, invoice=invoice, label=label)
                rma = self._rma(origin=invoice.name)
                self.assertEqual(rma.subsidy_id, subsidy, "the invoice named as source document picks its subsidy")
                self.assertEqual(rma.subsidy_return_path, "direct")
                rma.action_confirm()
                self.assertEqual(rma.state, "confirmed")
                self.assertEqual(subsidy.state, "cancelled", "注销: the filing is cancelled")
                self.assertEqual(subsidy.cancelled_date, self.today)
                self.assertEqual(subsidy.return_date, self.today)

    def test_approved_only_pre_return_until_paid_then_refund_first(self):
        subsidy = self._subsidy("approved")
        rma = self._rma(user_id=self.rma_user.id)
        self.assertEqual(rma.subsidy_return_path, "pre_return")
        with self.assertRaisesRegex(UserError, "pre-return"):
            rma.action_confirm()
        self.assertEqual(rma.state, "draft")
        rma.action_subsidy_pre_return()
        self.assertTrue(rma.subsidy_pre_return)
        pre_returns = self.env["rma"].with_user(self.rma_user).search([("subsidy_pre_return", "=", True)])
        self.assertIn(rma, pre_returns, "pre-returns are listed apart")
        with self.assertRaisesRegex(UserError, "pre-return"):
            rma.action_confirm()

        # The bank pays: the pre-return now follows the paid path, and whoever handles it is told.
        subsidy.with_user(self.accountant).action_mark_paid()
        self.assertEqual(rma.subsidy_return_path, "refund_first")
        self.assertEqual(rma.activity_ids.user_id, self.rma_user)
        with self.assertRaisesRegex(UserError, "refunded first"):
            rma.action_confirm()

        subsidy.with_user(self.accountant).refund_form = PDF
        subsidy.with_user(self.accountant).action_confirm_refund()
        self.assertEqual(rma.subsidy_return_path, "ready")
        with self.assertRaisesRegex(UserError, "voided invoice"):
            rma.action_confirm()
        subsidy.with_user(self.rma_user).voided_invoice_copy = PDF
        rma.action_confirm()
        self.assertEqual(rma.state, "confirmed")
        self.assertEqual(subsidy.state, "refunded")
        self.assertEqual(subsidy.return_date, self.today)

    def test_paid_refund_first_then_invoice_stamped_and_return(self):
        subsidy = self._subsidy("paid")
        rma = self._rma()
        self.assertEqual(rma.subsidy_return_path, "refund_first")
        with self.assertRaisesRegex(UserError, "refunded first"):
            rma.action_confirm()
        self.assertNotIn(STAMP, self._invoice_html())

        with self.assertRaises(AccessError):
            subsidy.with_user(self.rma_user).action_confirm_refund()  # the township's confirmation: accounting
        with self.assertRaisesRegex(UserError, "refund form"):
            subsidy.with_user(self.accountant).action_confirm_refund()
        subsidy.with_user(self.accountant).refund_form = PDF
        subsidy.with_user(self.accountant).action_confirm_refund()
        self.assertEqual(subsidy.refund_confirmed_by_id, self.accountant)
        self.assertTrue(self.invoice.subsidy_refunded, "补贴已退,可退货 on the invoice")
        self.assertIn(STAMP, self._invoice_html())
        with self.assertRaises(UserError):
            subsidy.with_user(self.accountant).refund_form = False  # kept with the return record

        subsidy.with_user(self.rma_user).voided_invoice_copy = PDF
        rma.action_confirm()
        self.assertEqual(rma.state, "confirmed")
        self.assertEqual(subsidy.return_date, self.today)
        with self.assertRaises(UserError):
            subsidy.with_user(self.rma_user).voided_invoice_copy = False  # the return record keeps it

    def test_refund_of_the_rma_refused_while_subsidy_unsettled(self):
        """A subsidy picked once the RMA is confirmed still stops the customer's refund."""
        rma = self._rma()
        self.assertFalse(rma.subsidy_id)
        rma.action_confirm()
        self._set(rma, {"state": "received"})
        subsidy = self._subsidy("paid")
        rma.with_user(self.rma_user).subsidy_id = subsidy
        self.assertTrue(rma.can_be_refunded)
        with self.assertRaisesRegex(UserError, "refunded first"):
            rma.with_user(self.rma_user).action_refund()
        self.assertFalse(rma.refund_id)

    def test_exchange_leaves_the_subsidy_alone(self):
        subsidy = self._subsidy("paid")
        rma = self._rma(operation=self.replace_operation)
        self.assertEqual(rma.subsidy_id, subsidy)
        self.assertFalse(rma.subsidy_return_path, "an exchange is no return: the customer keeps a product")
        rma.action_confirm()
        self.assertEqual(rma.state, "confirmed")
        self.assertEqual(subsidy.state, "paid")
        self.assertFalse(subsidy.return_date)

    def test_declared_facts_do_not_change(self):
        subsidy = self._subsidy("declared")
        with self.assertRaises(UserError):
            subsidy.with_user(self.accountant).label_card = "OTHER"
        subsidy.with_user(self.accountant).write({"label_card": subsidy.label_card, "check_note": "ok"})
        self.assertEqual(subsidy.check_note, "ok", "the same facts, sent again, are no change")

    def test_records_kept_three_years(self):
        subsidy = self._subsidy("declared")
        rma = self._rma()
        rma.action_confirm()
        with self.assertRaisesRegex(UserError, "kept until"):
            subsidy.with_user(self.manager).unlink()
        rma.with_user(self.manager).action_cancel()
        rma.with_user(self.manager).action_draft()
        with self.assertRaisesRegex(UserError, "three years"):
            rma.with_user(self.manager).unlink()

        past = self.today - relativedelta(years=3, days=1)
        self._set(rma, {"subsidy_returned_on": past})
        self._set(subsidy, {"return_date": past, "declared_date": past, "cancelled_date": past})
        self.assertLess(subsidy.retain_until, self.today)
        rma.with_user(self.manager).unlink()
        subsidy.with_user(self.manager).unlink()
        self.assertFalse(subsidy.exists())

    def test_a_subsidy_nothing_happened_to_may_be_deleted(self):
        subsidy = self._subsidy("not_declared")
        self.assertFalse(subsidy.retain_until)
        subsidy.with_user(self.manager).unlink()
        self.assertFalse(subsidy.exists())
