import base64
import xmlrpc.client

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, get_db_name, new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase

from .test_repair_job import RepairJobCase

SIGNATURE = base64.b64encode(
    base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
)


@tagged("post_install", "-at_install")
class TestSignedPapers(RepairJobCase):
    """The customer signs the reception sheet and the work order; a signed paper never changes."""

    def _job_with_work(self):
        job = self._job()
        self.env["aftersales.repair.labour"].create(
            {"repair_id": job.id, "operation_id": self.brake_op.id, "aftersales_position": "left"}
        )
        return job

    def test_signing_keeps_the_paper_as_signed(self):
        job = self._job_with_work()
        first = job._aftersales_sign("work_order", SIGNATURE, "Zhang San")
        self.assertEqual((first.version, first.signed_by, job.work_order_signed_paper_id), (1, "Zhang San", first))
        self.assertTrue(first.attachment_id, "the paper is kept as it was signed")
        self.assertIn("Zhang San", job.message_ids[0].body, "the signature is logged on the job")

        job.labour_ids.std_hours += 1
        self.assertFalse(job.work_order_signed_paper_id, "the job changed: the signature no longer covers it")
        with self.assertRaises(UserError):
            first.signed_by = "Somebody else"
        with self.assertRaises(UserError):
            first.unlink()

        second = job._aftersales_sign("work_order", SIGNATURE, "Zhang San")
        self.assertEqual(second.version, 2)
        self.assertEqual(job.work_order_signed_paper_id, second)
        self.assertEqual(job.signed_paper_ids.filtered("is_current"), second, "the first version stays beside it")
        self.assertEqual(len(job.signed_paper_ids), 2)

    def test_added_work_authorised_by_signature_signs_the_work_order_again(self):
        job = self._job_with_work()
        job._aftersales_sign("work_order", SIGNATURE, "Zhang San")
        job.action_validate()
        self.env["aftersales.repair.labour"].create({"repair_id": job.id, "name": "Wipers", "std_hours": 0.3})
        self.assertFalse(job.work_order_signed_paper_id, "the added line is not on the signed version")
        wizard = self.env["aftersales.repair.authorisation"].create(
            {"repair_id": job.id, "authorised_by": "Zhang San", "authorised_method": "signature"}
        )
        with self.assertRaisesMessage(UserError, "signs on the tablet"):
            wizard.action_authorise()
        wizard.signature = SIGNATURE
        wizard.action_authorise()
        self.assertFalse(job.needs_authorisation)
        self.assertEqual(job.work_order_signed_paper_id.version, 2, "signed again with the added work on it")

    def test_a_work_order_without_work_is_not_signed(self):
        with self.assertRaisesMessage(UserError, "Add the work"):
            self._job()._aftersales_sign("work_order", SIGNATURE, "Zhang San")
        with self.assertRaisesMessage(UserError, "signature and name"):
            self._job_with_work()._aftersales_sign("work_order", SIGNATURE, " ")

    def test_reception_signed_before_confirmation_when_the_company_asks(self):
        self.env.company.aftersales_reception_signature_required = True
        job = self._job(walkaround_notes="Scratch on the rear bumper")
        with self.assertRaisesMessage(UserError, "signs the reception sheet"):
            job.action_validate()
        job._aftersales_sign("reception", SIGNATURE, "Zhang San")
        self.assertEqual((job.signed_by, bool(job.customer_signature)), ("Zhang San", True))
        job.walkaround_notes = "Scratch and a dent"
        with self.assertRaisesMessage(UserError, "signs the reception sheet"):
            job.action_validate()
        job._aftersales_sign("reception", SIGNATURE, "Zhang San")
        job.action_validate()
        self.assertEqual(job.state, "confirmed")

    def test_the_work_order_and_settlement_print_when_true(self):
        job = self._job_with_work()
        Report = self.env["ir.actions.report"]
        html = str(Report._render_qweb_html("aftersales_repair.report_work_order", job.ids)[0])
        self.assertIn(job.labour_ids.name, html)
        with self.assertRaisesMessage(UserError, "not finished"):
            Report._render_qweb_html("aftersales_repair.report_customer_settlement", job.ids)
        job.action_repair_cancel()
        with self.assertRaisesMessage(UserError, "cancelled"):
            Report._render_qweb_html("aftersales_repair.report_work_order", job.ids)


@tagged("post_install", "-at_install")
class TestServiceBudget(AftersalesCase):
    """A 三包 repair above the limit waits for its approved cost budget (表5)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vehicle = cls._vehicle("TSTBUDGET00000001", station_id=cls.station_a.id)
        cls.adviser = new_test_user(
            cls.env, "budget_adviser", groups="aftersales_base.group_aftersales_station,stock.group_stock_user"
        )
        cls.adviser.aftersales_station_id = cls.station_a
        cls.manager = new_test_user(cls.env, "budget_manager", groups="aftersales_base.group_aftersales_manager")
        cls.deputy = new_test_user(cls.env, "budget_deputy", groups="aftersales_base.group_aftersales_approver_deputy")
        cls.gm = new_test_user(cls.env, "budget_gm", groups="aftersales_base.group_aftersales_approver_gm")
        cls.technical = new_test_user(
            cls.env, "budget_technical", groups="aftersales_repair.group_aftersales_approver_technical"
        )
        cls.operation = cls.env.ref("aftersales_repair.labour_op_brake_pads")

    def _steps(self, budget):
        return budget.approval_ids.sorted("sequence").mapped("name")

    def _job(self, hours, pay_type="warranty"):
        job = self.env["repair.order"].create(
            {"vehicle_id": self.vehicle.id, "partner_id": self.owner.id, "default_pay_type": pay_type}
        )
        self.env["aftersales.repair.labour"].create(
            {"repair_id": job.id, "name": "Gearbox", "std_hours": hours, "rate": 100.0, "pay_type": pay_type}
        )
        return job.with_user(self.adviser)

    def test_below_the_limit_no_budget(self):
        job = self._job(10)  # 1,000 yuan: not above the limit
        self.assertFalse(job.budget_required)
        job.action_validate()
        self.assertEqual(job.state, "confirmed")

    def test_above_the_limit_every_level_approves_first(self):
        job = self._job(12)
        with self.assertRaisesMessage(UserError, "cost budget"):
            job.action_validate()
        budget = (
            self.env["aftersales.service.budget"].browse(job.action_create_budget()["res_id"]).with_user(self.adviser)
        )
        self.assertEqual((budget.kind, budget.amount_labour, budget.amount_total), ("warranty", 1200.0, 1200.0))
        budget.action_submit()
        self.assertEqual(self._steps(budget), ["After-sales manager", "Deputy general manager", "General manager"])
        with self.assertRaises(UserError):
            job.action_validate()
        for approver in (self.manager, self.deputy, self.gm):
            budget.with_user(approver).action_approve()
        self.assertEqual(budget.approval_state, "approved")
        job.action_validate()
        self.assertEqual(job.state, "confirmed")

    def test_a_job_that_outgrew_its_budget_waits_again(self):
        job = self._job(12)
        budget = self.env["aftersales.service.budget"].browse(job.action_create_budget()["res_id"])
        budget.kind = "goodwill"
        budget.with_user(self.adviser).action_submit()
        self.assertEqual(self._steps(budget), ["General manager"], "free repair after warranty: GM")
        budget.with_user(self.gm).action_approve()
        job.labour_ids.std_hours = 15
        self.assertFalse(job.budget_approved, "1,500 yuan is more than the 1,200 approved")
        with self.assertRaisesMessage(UserError, "cost budget"):
            job.action_validate()

    def test_statutory_case_technical_department_then_gm(self):
        job = self._job(20)
        budget = self.env["aftersales.service.budget"].browse(job.action_create_budget()["res_id"])
        budget.kind = "statutory"
        budget.with_user(self.adviser).action_submit()
        self.assertEqual(self._steps(budget), ["Technical department", "General manager"])
        with self.assertRaises(AccessError):
            budget.with_user(self.gm).action_approve()
        budget.with_user(self.technical).action_approve()
        budget.with_user(self.gm).action_approve()
        self.assertTrue(job.budget_approved)


@tagged("post_install", "-at_install")
class TestServiceBudgetRpc(HttpCase):
    """Over XML-RPC as the station's adviser: the approval cannot be written, the gate holds."""

    def test_the_adviser_cannot_approve_by_writing(self):
        adviser = new_test_user(
            self.env,
            "rpc_adviser",
            groups="aftersales_base.group_aftersales_station,stock.group_stock_user",
        )
        station = self.env["res.partner"].create(
            {"name": "RPC Station", "is_service_station": True, "station_code": "RPC1"}
        )
        adviser.aftersales_station_id = station
        vehicle = self.env["aftersales.vehicle"].create({"vin": "TSTBUDGETRPC00001", "station_id": station.id})
        job = self.env["repair.order"].create({"vehicle_id": vehicle.id, "default_pay_type": "warranty"})
        self.env["aftersales.repair.labour"].create(
            {"repair_id": job.id, "name": "Engine", "std_hours": 30, "rate": 100.0, "pay_type": "warranty"}
        )
        budget = self.env["aftersales.service.budget"].create(
            self.env["aftersales.service.budget"]._values_from_job(job)
        )

        self.env.flush_all()  # the server reads the database, not this test's cache

        def call(model, method, *args):
            return self.xmlrpc_object.execute_kw(get_db_name(), adviser.id, adviser.login, model, method, list(args))

        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call("aftersales.service.budget", "write", [budget.id], {"approval_state": "approved"})
        self.assertIn("not written directly", caught.exception.faultString)
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call("repair.order", "action_validate", [job.id])
        self.assertIn("cost budget", caught.exception.faultString)
        self.assertEqual(job.state, "draft")
