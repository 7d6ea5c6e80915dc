from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestJourneys(HttpCase):
    """The main journeys, clicked through the real web client in headless Chromium."""

    def test_call_centre_agent_opens_a_case_from_a_call(self):
        caller = self.env["res.partner"].create({"name": "Tour Caller", "phone": "+86 10 6588 4321"})
        self.env["helpdesk.ticket"].create(
            {"name": "Brakes squeal since Monday", "description": "Squeal", "partner_id": caller.id}
        )
        new_test_user(self.env, "tour_agent", groups="aftersales_base.group_aftersales_user")
        self.start_tour(
            "/odoo/action-aftersales_helpdesk.aftersales_case_action", "aftersales_call_intake_tour", login="tour_agent"
        )
        ticket = self.env["helpdesk.ticket"].search([("name", "=", "Engine does not start")])
        self.assertEqual(len(ticket), 1)
        self.assertEqual(ticket.partner_id, caller)
        self.assertEqual(ticket.channel_id, self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone"))

    def test_case_header_shows_the_deadline_that_matters(self):
        now = fields.Datetime.now()
        common = {"description": "SLA", "severity": "critical", "service_zone": "city", "reported_date": now}
        Case = self.env["helpdesk.ticket"]
        waiting = Case.create({**common, "name": "SLA tour: not responded"})
        Case.create({**common, "name": "SLA tour: answered"})
        self.assertEqual(
            (waiting.sla_next_milestone, waiting.sla_next_deadline), ("response", waiting.sla_response_deadline)
        )
        self.assertNotEqual(waiting.sla_next_deadline, waiting.sla_restore_deadline)
        new_test_user(self.env, "tour_sla_agent", groups="aftersales_base.group_aftersales_user")
        answered = Case.search([("name", "=", "SLA tour: answered")])
        self.start_tour(
            f"/odoo/action-aftersales_helpdesk.aftersales_case_action/{answered.id}",
            "aftersales_case_sla_tour",
            login="tour_sla_agent",
        )
        self.assertTrue(answered.first_response_date)
        self.assertEqual(answered.sla_next_milestone, "onsite")

    def test_parts_officer_requests_and_manager_approves(self):
        self.env["product.product"].create({"name": "Tour brake disc", "standard_price": 300, "is_storable": True})
        new_test_user(self.env, "tour_parts", groups="aftersales_parts.group_aftersales_parts")
        new_test_user(
            self.env,
            "tour_deputy",
            groups="aftersales_base.group_aftersales_approver_deputy,aftersales_base.group_aftersales_user",
        )
        self.start_tour(
            "/odoo/action-aftersales_parts.aftersales_part_request_action",
            "aftersales_part_request_tour",
            login="tour_parts",
        )
        request = self.env["aftersales.part.request"].search([], limit=1)
        self.assertEqual((request.state, request.amount_total), ("to_approve", 300.0))
        self.start_tour(
            f"/odoo/action-aftersales_parts.aftersales_part_request_action/{request.id}",
            "aftersales_part_approval_tour",
            login="tour_deputy",
        )
        self.assertIn(request.state, ("approved", "done"))
        self.assertEqual(request.approval_ids.decided_by_id.login, "tour_deputy")

    def test_warranty_officer_claims_and_accountant_settles(self):
        today = fields.Date.context_today(self.env.user)
        station = self.env["res.partner"].create({"name": "Tour Station", "is_service_station": True})
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "TURADRJF7K1000001", "delivery_date": today - relativedelta(months=6), "station_id": station.id}
        )
        job = self.env["repair.order"].create(
            {
                "vehicle_id": vehicle.id,
                "odometer_in": 8000,
                "labour_ids": [Command.create({"name": "Replace water pump", "std_hours": 2, "rate": 120})],
            }
        )
        new_test_user(self.env, "tour_officer", groups="aftersales_warranty.group_aftersales_warranty")
        new_test_user(self.env, "tour_accountant", groups="account.group_account_invoice")
        self.start_tour(
            f"/odoo/action-repair.action_repair_order_tree/{job.id}",
            "aftersales_warranty_claim_tour",
            login="tour_officer",
        )
        claim = job.warranty_claim_ids
        self.assertEqual((claim.state, claim.partner_id, claim.amount_approved), ("approved", station, 240.0))
        self.start_tour(
            "/odoo/action-aftersales_warranty.action_warranty_settlement",
            "aftersales_settlement_tour",
            login="tour_accountant",
        )
        settlement = claim.settlement_id
        self.assertEqual(claim.state, "settled")
        self.assertEqual(settlement.state, "paid")
        self.assertEqual(settlement.move_id.move_type, "in_invoice")

    def test_callback_agent_completes_the_questionnaire_and_the_case_closes(self):
        customer = self.env["res.partner"].create({"name": "Tour Callback Customer", "email": "cb@example.com"})
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": "Door rattles",
                "description": "Fixed",
                "partner_id": customer.id,
                "stage_id": self.env.ref("aftersales_survey.stage_awaiting_callback").id,
            }
        )
        agent = new_test_user(self.env, "tour_callback", groups="aftersales_survey.group_aftersales_callback")
        callback = (
            self.env.ref("aftersales_survey.rule_case_closure")
            ._generate_callbacks()
            .filtered(lambda c: c.ticket_id == ticket)
        )
        callback.user_id = agent
        self.start_tour(
            f"/odoo/action-aftersales_survey.action_callback/{callback.id}",
            "aftersales_callback_tour",
            login="tour_callback",
        )
        self.assertEqual((callback.state, callback.outcome, callback.score), ("done", "satisfied", 100.0))
        self.assertTrue(ticket.stage_id.closed)

    def test_service_adviser_repairs_with_authorised_added_work(self):
        customer = self.env["res.partner"].create({"name": "Tour Driver"})
        vehicle = self.env["aftersales.vehicle"].create({"vin": "TURADRJF7K1000002", "partner_id": customer.id})
        ticket = self.env["helpdesk.ticket"].create(
            {"name": "Brakes squeal", "description": "Squeal", "partner_id": customer.id, "vehicle_id": vehicle.id}
        )
        new_test_user(
            self.env,
            "tour_adviser",
            groups="aftersales_base.group_aftersales_user,aftersales_base.group_aftersales_inspector,stock.group_stock_user",
        )
        self.start_tour(
            f"/odoo/action-aftersales_helpdesk.aftersales_case_action/{ticket.id}",
            "aftersales_repair_job_tour",
            login="tour_adviser",
        )
        job = self.env["repair.order"].search([("ticket_id", "=", ticket.id)])
        self.assertEqual(job.state, "done")
        self.assertTrue(job.release_number)
        added = job.labour_ids.filtered(lambda line: line.name == "Replace wiper blades")
        self.assertTrue(added.authorised_by)

    def test_customer_authorises_and_signs_the_work_order_on_the_portal(self):
        driver = new_test_user(self.env, "portal_tour_driver", name="Portal Tour Driver", groups="base.group_portal")
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "TURADRJF7K1000009", "partner_id": driver.partner_id.id}
        )
        job = self.env["repair.order"].create(
            {
                "vehicle_id": vehicle.id,
                "partner_id": driver.partner_id.id,
                "labour_ids": [Command.create({"name": "Portal tour brakes", "std_hours": 1.0, "rate": 120.0})],
            }
        )
        job.action_validate()
        job.labour_ids = [Command.create({"name": "Portal tour wipers", "std_hours": 0.5, "rate": 120.0})]
        self.assertTrue(job.needs_authorisation)
        self.start_tour("/my", "aftersales_portal_repair_tour", login="portal_tour_driver")
        self.assertFalse(job.needs_authorisation)
        signed = job.work_order_signed_paper_id
        self.assertEqual((signed.signed_by, signed.channel, signed.version), ("Portal Tour Driver", "portal", 1))
        self.assertTrue(signed.signature)

    def test_warranty_officer_decides_a_sanbao_request(self):
        household = self.env.ref("aftersales_warranty.product_category_household_vehicle")
        model = self.env["product.product"].create(
            {"name": "Tour family car", "aftersales_is_vehicle": True, "categ_id": household.id}
        )
        gearbox = self.env["product.product"].create(
            {
                "name": "Tour gearbox",
                "aftersales_sanbao_part_group_id": self.env.ref("aftersales_warranty.part_group_gearbox").id,
            }
        )
        vehicle = self.env["aftersales.vehicle"].create(
            {
                "vin": "SBTADRJF7K1000001",
                "product_id": model.id,
                "delivery_date": fields.Date.today(),
                "partner_id": self.env["res.partner"].create({"name": "Tour 三包 customer"}).id,
            }
        )
        self.env["repair.order"].create(
            {
                "vehicle_id": vehicle.id,
                "default_pay_type": "warranty",
                "move_ids": [
                    Command.create({"product_id": gearbox.id, "product_uom_qty": 1, "repair_line_type": "add"})
                ],
            }
        )
        request = self.env["aftersales.sanbao.request"].create(
            {"vehicle_id": vehicle.id, "kind": "refund", "odometer": 1200, "price": 90000}
        )
        request.action_submit_request()
        self.assertEqual(request.entitlement, "return", request.facts)
        request.price = 150000  # still open: the office may correct the price before deciding
        new_test_user(self.env, "tour_officer", groups="aftersales_warranty.group_aftersales_warranty")
        self.start_tour(
            "/odoo/action-aftersales_warranty.aftersales_sanbao_request_action",
            "aftersales_sanbao_request_tour",
            login="tour_officer",
        )
        self.assertEqual(request.state, "to_approve", "above 100,000: the general manager signs off next")
        self.assertEqual(request.decided_by_id.login, "tour_officer")
        self.assertIn("refund", request.decision_note)

    def test_customer_follows_a_sanbao_request_on_the_portal(self):
        driver = new_test_user(self.env, "portal_sanbao", name="Portal 三包 Driver", groups="base.group_portal")
        model = self.env["product.product"].create({"name": "Portal tour car", "aftersales_is_vehicle": True})
        vehicle = self.env["aftersales.vehicle"].create(
            {"vin": "SBPADRJF7K1000001", "product_id": model.id, "partner_id": driver.partner_id.id}
        )
        stranger = self.env["aftersales.vehicle"].create(
            {"vin": "SBPADRJF7K1000002", "partner_id": self.env["res.partner"].create({"name": "Stranger"}).id}
        )
        Request = self.env["aftersales.sanbao.request"]
        decided, pending, other = Request.create(
            [
                {"vehicle_id": vehicle.id, "kind": "refund", "odometer": 1500, "price": 90000},
                {"vehicle_id": vehicle.id, "kind": "exchange", "price": 90000},
                {"vehicle_id": stranger.id, "kind": "exchange", "price": 90000},
            ]
        )
        (decided | pending | other).action_submit_request()
        decided.compensation_rate = 0.6
        decided.decision_note = "Gearbox fault not cleared after two repairs"
        officer = new_test_user(
            self.env, "portal_sanbao_officer", groups="aftersales_warranty.group_aftersales_warranty"
        )
        decided.with_user(officer).action_approve_refund()
        self.assertEqual(decided.state, "refund")

        self.start_tour("/my", "aftersales_portal_sanbao_tour", login="portal_sanbao")

        self.authenticate("portal_sanbao", "portal_sanbao")
        pdf = self.url_open(f"/report/pdf/aftersales_warranty.report_sanbao_certificate/{decided.id}")
        self.assertEqual((pdf.status_code, pdf.headers["Content-Type"]), (200, "application/pdf"))
        refused = self.url_open(f"/report/pdf/aftersales_warranty.report_sanbao_certificate/{pending.id}")
        self.assertNotEqual(refused.headers.get("Content-Type"), "application/pdf", "no certificate before a decision")
        elsewhere = self.url_open(f"/my/sanbao/{other.id}")
        self.assertTrue(elsewhere.url.endswith("/my"), "another customer's request is not shown")
        self.assertNotIn(other.name, elsewhere.text)
