from dateutil.relativedelta import relativedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from .common import ClaimCase


@tagged("post_install", "-at_install")
class TestWarrantyClaims(ClaimCase):
    def test_amounts_labour_hours_times_rate_parts_at_cost(self):
        with workflow_writes():  # a covered share comes from the job's warranty check, as Claim Warranty does
            claim = self._claim(
                [
                    self._labour(hours=2.5, rate=120),
                    dict(self._part(quantity=2), covered_pct=50),
                    {"line_type": "travel", "name": "Road trip 40 km", "quantity": 40, "unit_amount": 2},
                ]
            )
        self.assertEqual(claim.line_ids.mapped("amount_claimed"), [300.0, 300.0, 80.0])
        self.assertEqual(claim.amount_claimed, 680.0)
        self.assertEqual(claim.state, "draft")
        self.assertTrue(claim.name.startswith("WC/"))

    def test_small_claim_goes_straight_to_review_at_full_amount(self):
        claim = self._claim([self._labour(), self._part()])
        claim.action_submit()
        self.assertEqual(claim.state, "review")
        self.assertEqual(claim.amount_approved, 540.0)
        self.assertEqual(set(claim.line_ids.mapped("warranty_reason")), {"covered"})

    def test_claim_above_1000_needs_the_general_manager(self):
        claim = self._claim([self._labour(), self._part(quantity=3)])
        self.assertEqual(claim.amount_claimed, 1140.0)
        claim.action_submit()
        self.assertEqual(claim.state, "submitted")
        self.assertEqual(claim.approval_ids.group_id, self.env.ref("aftersales_base.group_aftersales_approver_gm"))
        with self.assertRaises(AccessError):
            claim.with_user(self.officer).action_approve()
        claim.with_user(self.gm).action_approve()
        self.assertEqual(claim.state, "review")

    def test_claim_of_exactly_1000_needs_no_sign_off(self):
        claim = self._claim([{"line_type": "other", "name": "Towing", "quantity": 1, "unit_amount": 1000}])
        claim.action_submit()
        self.assertEqual(claim.state, "review")

    def test_general_manager_rejection_rejects_the_claim(self):
        claim = self._claim([self._part(quantity=4)])
        claim.action_submit()
        claim.with_user(self.gm).action_reject("No budget left")
        self.assertEqual(claim.state, "rejected")
        claim.with_user(self.clerk).action_reset_draft()
        self.assertEqual(claim.state, "draft")
        claim.line_ids.with_user(self.clerk).quantity = 2
        claim.with_user(self.clerk).action_submit()
        self.assertEqual(claim.state, "review")

    def test_partial_approval_keeps_the_difference_and_needs_a_reason(self):
        claim = self._claim([self._labour(), self._part()])
        claim.action_submit()
        labour = claim.line_ids.filtered(lambda line: line.line_type == "labour")
        labour.with_user(self.officer).amount_approved = 120.0
        with self.assertRaisesRegex(UserError, "say why"):
            claim.with_user(self.officer).action_assess()
        labour.with_user(self.officer).reject_reason = "1 standard hour for this operation"
        claim.with_user(self.officer).action_assess()
        self.assertEqual(claim.state, "partial")
        self.assertEqual(claim.amount_approved, 420.0)
        self.assertEqual(claim.amount_rejected, 120.0)
        self.assertEqual(labour.amount_rejected, 120.0)
        self.assertEqual(claim.assessed_by_id, self.officer)

    def test_more_than_claimed_cannot_be_approved(self):
        claim = self._claim([self._part()])
        claim.action_submit()
        claim.line_ids.with_user(self.officer).amount_approved = 301.0
        with self.assertRaisesRegex(UserError, "more approved"):
            claim.with_user(self.officer).action_assess()

    def test_rejecting_a_claim_needs_the_assessment(self):
        claim = self._claim([self._part()])
        claim.action_submit()
        with self.assertRaisesRegex(UserError, "Write the assessment"):
            claim.with_user(self.officer).action_reject_claim()
        claim.with_user(self.officer).assessment_note = "Damage from an accident, not a defect"
        claim.with_user(self.officer).action_reject_claim()
        self.assertEqual(claim.state, "rejected")
        self.assertEqual(claim.amount_rejected, 300.0)

    def test_claimant_cannot_assess_or_move_the_state(self):
        claim = self._claim([self._part()])
        claim.action_submit()
        with self.assertRaises(AccessError):
            claim.line_ids.with_user(self.clerk).amount_approved = 1.0
        with self.assertRaises(AccessError):
            claim.with_user(self.clerk).action_assess()
        with self.assertRaises(AccessError):
            claim.with_user(self.clerk).write({"state": "approved"})
        with self.assertRaisesRegex(UserError, "submitted"):
            claim.line_ids.with_user(self.clerk).quantity = 5

    def test_claimant_cannot_choose_the_covered_share(self):
        with self.assertRaisesRegex(AccessError, "not written directly"):
            self._claim([dict(self._part(), covered_pct=100, warranty_reason="override")])
        claim = self._claim([self._part()])
        with self.assertRaisesRegex(AccessError, "not written directly"):
            claim.line_ids.with_user(self.clerk).covered_pct = 100

    def test_submission_checks_coverage_again(self):
        late = self.today + relativedelta(years=3)
        claim = self._claim([self._part()], failure_date=late)
        with self.assertRaisesRegex(UserError, "Expired"):
            claim.action_submit()
        self.assertEqual(claim.state, "draft")
        far = self._claim([self._part()], odometer=60001)
        with self.assertRaisesRegex(UserError, "distance"):
            far.action_submit()

    def test_duplicates_same_vehicle_and_part_within_the_window(self):
        first = self._claim([self._part()], failure_date=self.today - relativedelta(days=45))
        first.action_submit()
        near = self._claim([self._part()], failure_date=self.today - relativedelta(days=10))
        near.action_submit()
        self.assertEqual(near.duplicate_claim_ids, self.env["aftersales.warranty.claim"])
        same_month = self._claim([self._part(), self._labour()])
        same_month.action_submit()
        self.assertTrue(same_month.is_duplicate)
        self.assertEqual(same_month.duplicate_claim_ids, near)
        other_part = self._claim([self._part(self.bulb)])
        other_part.action_submit()
        self.assertFalse(other_part.is_duplicate)
        to_maker = self._claim(
            [self._part()], user=self.env.user, direction="manufacturer", partner_id=self.env.company.partner_id.id
        )
        to_maker.action_submit()
        self.assertFalse(to_maker.is_duplicate, "our claim to the maker for the station's work is its other leg")

    def test_credit_line_limits_open_claims(self):
        self.station.aftersales_credit_limit = 800
        self._claim([self._part(quantity=2)]).action_submit()
        self.station.invalidate_recordset()
        self.assertEqual(self.station.aftersales_credit_used, 600.0)
        self.assertEqual(self.station.aftersales_credit_available, 200.0)
        with self.assertRaisesRegex(UserError, "credit"):
            self._claim([self._part()]).action_submit()
        self._claim([self._part(unit=200)]).action_submit()

    def test_only_a_manager_sets_the_credit_limit(self):
        with self.assertRaises(AccessError):
            self.station.with_user(self.officer).aftersales_credit_limit = 1_000_000

    def test_station_sees_only_its_own_claims(self):
        own = self._claim([self._part()])
        Claim = self.env["aftersales.warranty.claim"]
        self.assertFalse(Claim.with_user(self.other_clerk).search([("id", "=", own.id)]))
        with self.assertRaises(AccessError):
            self._claim([self._part()], user=self.other_clerk)
        self.assertEqual(Claim.with_user(self.officer).search([("id", "=", own.id)]), own)

    def test_claim_from_a_repair_job_takes_its_warranty_lines(self):
        job = self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "odometer_in": 15000,
                "labour_ids": [Command.create({"name": "Replace pump", "std_hours": 1.5, "rate": 120})],
                "move_ids": [
                    Command.create({"product_id": self.pump.id, "product_uom_qty": 1, "repair_line_type": "add"}),
                    Command.create(
                        {
                            "product_id": self.bulb.id,
                            "product_uom_qty": 1,
                            "repair_line_type": "add",
                            "pay_type": "customer",
                        }
                    ),
                ],
            }
        )
        job.action_check_warranty()
        job.move_ids.filtered(lambda m: m.product_id == self.bulb).pay_type = "customer"
        action = job.action_create_warranty_claim()
        claim = self.env["aftersales.warranty.claim"].browse(action["res_id"])
        self.assertEqual(claim.partner_id, self.station)
        self.assertEqual(claim.direction, "station")
        self.assertEqual(claim.line_ids.mapped("line_type"), ["labour", "part"])
        self.assertEqual(claim.amount_claimed, 180.0 + 300.0)
        self.assertEqual(job.warranty_claim_count, 1)

    def test_our_own_job_is_claimed_from_the_maker(self):
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "CLMADRJF7K1000002", "product_id": self.model.id, "delivery_date": self.vehicle.delivery_date}
        )
        job = self.env["repair.order"].create(
            {
                "vehicle_id": vehicle.id,
                "labour_ids": [Command.create({"name": "Check", "std_hours": 1, "rate": 100, "pay_type": "warranty"})],
            }
        )
        action = job.action_create_warranty_claim()
        claim = self.env["aftersales.warranty.claim"].browse(action["res_id"])
        self.assertEqual((claim.direction, claim.partner_id), ("manufacturer", self.maker))

    def test_form_fills_vehicle_from_the_job(self):
        job = self.env["repair.order"].create({"vehicle_id": self.vehicle.id, "odometer_in": 15500})
        with Form(self.env["aftersales.warranty.claim"]) as form:
            form.partner_id = self.station
            form.repair_id = job
            self.assertEqual(form.vehicle_id, self.vehicle)
            self.assertEqual(form.odometer, 15500)
            with form.line_ids.new() as line:
                line.line_type = "part"
                line.product_id = self.pump
                self.assertEqual(line.unit_amount, 300.0)
        self.assertEqual(form.record.amount_claimed, 300.0)


@tagged("post_install", "-at_install")
class TestClaimBudget(ClaimCase):
    """A claim refers to its job's approved cost budget (表5) and warns when it asks for more."""

    def test_claim_over_its_budget_is_flagged(self):
        job = self.env["repair.order"].create({"vehicle_id": self.vehicle.id, "default_pay_type": "warranty"})
        budget = self.env["aftersales.service.budget"].create(
            {"repair_id": job.id, "amount_labour": 240.0, "amount_parts": 300.0}
        )
        claim = self._claim([self._labour(), self._part()], repair_id=job.id)
        self.assertFalse(claim.budget_id, "a budget not approved yet is no reference")
        with workflow_writes():
            budget.approval_state = "approved"
        self.assertEqual(claim.budget_id, budget)
        self.assertFalse(claim.over_budget, "540 claimed against 540 approved")
        claim.line_ids[1].with_user(self.clerk).quantity = 2
        self.assertTrue(claim.over_budget, "840 claimed against 540 approved")
