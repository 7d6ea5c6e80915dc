from datetime import timedelta

import psycopg2

from odoo.exceptions import UserError, ValidationError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from .common import LoanerCommon


@tagged("post_install", "-at_install")
class TestLoaner(LoanerCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_loaners()

    def test_lend_and_take_back(self):
        case = self.env["helpdesk.ticket"].create(
            {"name": "A/C not cooling", "description": "Warm air", "vehicle_id": self.vehicle.id}
        )
        repair = self._repair(ticket_id=case.id)
        loan = self._lend(self.loaner, repair)
        self.assertEqual(
            (loan.partner_id, loan.vehicle_id, loan.station_id), (self.customer, self.vehicle, self.station)
        )
        self.assertEqual(loan.state, "open")
        self.assertEqual((self.loaner.state, self.loaner.current_partner_id), ("lent", self.customer))
        self.assertTrue(repair.loaner_out)
        self.assertEqual(repair.loaner_loan_count, 1)
        self.assertEqual(self.vehicle.loaner_loan_count, 1)
        self.assertEqual((loan.ticket_id, case.loaner_loan_count), (case, 1))
        self.assertEqual(self.env["aftersales.loaner.loan"].search(case.action_view_loaner_loans()["domain"]), loan)
        self.loaner.with_user(self.clerk).action_take_back()
        self.assertEqual(loan.state, "returned")
        self.assertTrue(loan.returned_on)
        self.assertEqual((self.loaner.state, self.loaner.current_loan_id.id), ("available", False))
        with self.assertRaisesRegex(UserError, "already returned"):
            loan.action_return()
        # Back at the station, it can be lent again.
        again = self._lend(self.loaner, repair)
        self.assertEqual(self.loaner.current_loan_id, again)

    def test_lent_loaner_refused_naming_who_has_it(self):
        self._lend(self.loaner, self._repair())
        other = self.env["res.partner"].create({"name": "Second customer"})
        with self.assertRaisesRegex(ValidationError, r"冀F·L0001 is lent to 王芳 \(Wang Fang\)"):
            self.env["aftersales.loaner.loan"].with_user(self.clerk).create(
                {"loaner_id": self.loaner.id, "partner_id": other.id}
            )
        with self.assertRaisesRegex(ValidationError, "twice at once"):
            self.env["aftersales.loaner.loan"].create(
                [
                    {"loaner_id": self.spare_loaner.id, "partner_id": other.id},
                    {"loaner_id": self.spare_loaner.id, "partner_id": self.customer.id},
                ]
            )
        spare_loan = self.env["aftersales.loaner.loan"].create(
            {"loaner_id": self.spare_loaner.id, "partner_id": other.id}
        )
        with self.assertRaisesRegex(ValidationError, "冀F·L0001 is lent to"):
            spare_loan.loaner_id = self.loaner

    def test_database_refuses_a_second_open_loan(self):
        """Two clerks lending at the same moment both pass the check: the partial unique index stops one."""
        loan = self._lend(self.loaner, self._repair())
        self.env.flush_all()
        insert = """
            INSERT INTO aftersales_loaner_loan (name, loaner_id, partner_id, reason, lent_on, due_on, state)
            VALUES ('RAW', %s, %s, 'repair', now() at time zone 'utc', now() at time zone 'utc', 'open')
        """
        with self.assertRaises(psycopg2.errors.UniqueViolation), mute_logger("odoo.sql_db"), self.cr.savepoint():
            self.cr.execute(insert, (self.loaner.id, self.customer.id))
        loan.action_return()
        self.env.flush_all()
        with self.cr.savepoint():  # returned: the loaner is free for the next one
            self.cr.execute(insert, (self.loaner.id, self.customer.id))

    def test_overdue_after_the_due_date(self):
        loan = self._lend(self.loaner, self._repair(), due_on=self.now + timedelta(hours=2))
        self.assertFalse(loan.overdue)
        self.assertEqual(self.loaner.state, "lent")
        # Time passes: the loan is now past its due date, which the hourly job notices.
        self.env.flush_all()
        self.cr.execute(
            "UPDATE aftersales_loaner_loan SET lent_on = lent_on - interval '3 days', "
            "due_on = due_on - interval '1 day' WHERE id = %s",
            [loan.id],
        )
        self.env.invalidate_all()
        self.env.ref("aftersales_loaner.ir_cron_loaner_overdue").method_direct_trigger()
        self.assertTrue(loan.overdue)
        self.assertEqual(self.loaner.state, "overdue")
        overdue = self.env["aftersales.loaner.loan"].search(
            [("overdue", "=", True), ("loaner_id", "=", self.loaner.id)]
        )
        self.assertEqual(overdue, loan)
        loan.action_return()
        self.assertFalse(loan.overdue)
        self.assertEqual(self.loaner.state, "available")
        # Due in the past when recorded: overdue at once.
        late = self.env["aftersales.loaner.loan"].create(
            {
                "loaner_id": self.spare_loaner.id,
                "partner_id": self.customer.id,
                "lent_on": self.now - timedelta(days=4),
                "due_on": self.now - timedelta(days=1),
            }
        )
        self.assertTrue(late.overdue)
        self.assertEqual(self.spare_loaner.state, "overdue")

    def test_offer_after_48_hours(self):
        self.rule.loaner_days = 0
        self.assertEqual(self._repair(hours_ago=47).loaner_offer, "none")
        repair = self._repair(hours_ago=49)
        self.assertEqual(repair.loaner_offer, "offer_48h")
        self.assertIn("48", repair.loaner_offer_reason)
        wizard = self.env["aftersales.loaner.lend"].with_user(self.clerk).new({"repair_id": repair.id})
        self.assertEqual(wizard.reason, "not_cleared_48h")
        self.assertFalse(wizard.loaner_id)
        self._lend(self.loaner, repair)
        repair.invalidate_recordset()
        self.assertEqual(repair.loaner_offer, "none", "a loaner is out: nothing more to offer")
        done = self._repair(hours_ago=49)
        done.action_repair_cancel()
        self.assertEqual(done.loaner_offer, "none")

    def test_loaner_due_under_sanbao(self):
        days = 24
        six_days = self._repair(hours_ago=6 * days + 1)
        self.assertEqual(six_days.loaner_offer, "sanbao_due")
        self.assertIn("Loaner test rule", six_days.loaner_offer_reason)
        five_days = self._repair(hours_ago=5 * days)
        self.assertEqual(five_days.loaner_offer, "offer_48h", "equal to the loaner days: no 三包 right yet")
        self.rule.loaner_days = 0
        six_days.invalidate_recordset()
        self.assertEqual(six_days.loaner_offer, "offer_48h", "0 loaner days: no 三包 right")

    def test_wizard_due_date_from_the_job(self):
        planned = self.now.replace(microsecond=0) + timedelta(days=2)
        repair = self._repair(estimated_completion=planned)
        wizard = self.env["aftersales.loaner.lend"].create({"repair_id": repair.id, "loaner_id": self.loaner.id})
        self.assertEqual(wizard.due_on, planned)
        late_job = self._repair(estimated_completion=self.now - timedelta(days=1))
        wizard = self.env["aftersales.loaner.lend"].create({"repair_id": late_job.id, "loaner_id": self.loaner.id})
        self.assertGreater(wizard.due_on, self.now + timedelta(days=2))

    def test_archived_loaner_and_open_loan_kept(self):
        self.spare_loaner.active = False
        with self.assertRaisesRegex(ValidationError, "archived"):
            self._lend(self.spare_loaner, self._repair())
        loan = self._lend(self.loaner, self._repair())
        with self.assertRaisesRegex(UserError, "taken back"):
            loan.unlink()
        loan.action_return()
        loan.unlink()
        self.assertEqual(self.loaner.state, "available")
