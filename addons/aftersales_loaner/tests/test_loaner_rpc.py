from xmlrpc.client import Fault

from odoo.tests import HttpCase, tagged

from .common import LoanerCommon


@tagged("post_install", "-at_install")
class TestLoanerOverRpc(LoanerCommon, HttpCase):
    """A station clerk, over XML-RPC: sees its own loaners only and moves a loan only by its buttons."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_loaners()

    def _call(self, user, model, method, *args, **kwargs):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", model, method, list(args), kwargs
        )

    def test_state_moves_by_buttons_only(self):
        loan = self._lend(self.loaner, self._repair())
        with self.assertRaisesRegex(Fault, "Take Back"):
            self._call(self.clerk, loan._name, "write", loan.ids, {"state": "returned"})
        with self.assertRaisesRegex(Fault, "Take Back"):
            self._call(self.clerk, loan._name, "write", loan.ids, {"returned_on": "2026-01-01 10:00:00"})
        loan.invalidate_recordset()
        self.assertEqual((loan.state, self.loaner.state), ("open", "lent"))
        with self.assertRaises(Fault):
            self._call(self.clerk, self.loaner._name, "write", self.loaner.ids, {"state": "available"})
        self.loaner.invalidate_recordset()
        self.assertEqual(self.loaner.state, "lent")
        # Lending it again is refused, naming who has it; taking it back frees it.
        with self.assertRaisesRegex(Fault, "is lent to 王芳"):
            self._call(self.clerk, loan._name, "create", {"loaner_id": self.loaner.id, "partner_id": self.customer.id})
        self._call(self.clerk, loan._name, "action_return", loan.ids)
        loan.invalidate_recordset()
        self.loaner.invalidate_recordset()
        self.assertEqual((loan.state, self.loaner.state), ("returned", "available"))

    def test_station_sees_its_own_loaners(self):
        ids = self._call(self.clerk, "aftersales.loaner", "search", [])
        self.assertIn(self.loaner.id, ids)
        self.assertNotIn(self.other_loaner.id, ids)
        with self.assertRaises(Fault):
            self._call(self.clerk, "aftersales.loaner", "read", [self.other_loaner.id], ["name"])
        with self.assertRaises(Fault):
            self._call(
                self.clerk,
                "aftersales.loaner.loan",
                "create",
                {"loaner_id": self.other_loaner.id, "partner_id": self.customer.id},
            )
        with self.assertRaises(Fault, msg="loaners are configured by managers"):
            self._call(self.clerk, "aftersales.loaner", "create", {"name": "New", "station_id": self.station.id})

    def test_station_reads_the_offer_and_lends(self):
        repair = self._repair(hours_ago=49)
        self.rule.loaner_days = 0
        (values,) = self._call(self.clerk, "repair.order", "read", repair.ids, ["loaner_offer", "loaner_offer_reason"])
        self.assertEqual(values["loaner_offer"], "offer_48h")
        arch = self._call(self.clerk, "repair.order", "get_views", [[False, "form"]])["views"]["form"]["arch"]
        self.assertIn("action_lend_loaner", arch)
        self.assertIn("loaner_offer_reason", arch)
        wizard_id = self._call(
            self.clerk, "aftersales.loaner.lend", "create", {"repair_id": repair.id, "loaner_id": self.loaner.id}
        )
        action = self._call(self.clerk, "aftersales.loaner.lend", "action_lend", [wizard_id])
        loan = self.env["aftersales.loaner.loan"].browse(action["res_id"])
        self.assertEqual((loan.reason, loan.partner_id, self.loaner.state), ("not_cleared_48h", self.customer, "lent"))
