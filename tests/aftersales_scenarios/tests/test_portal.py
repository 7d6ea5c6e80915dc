import re
from datetime import date

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import html2plaintext


@tagged("post_install", "-at_install")
class TestCustomerPortal(HttpCase):
    """Two customers on the portal: each sees their own vehicles, jobs, cases and questionnaires only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.alice = new_test_user(cls.env, "portal_alice", groups="base.group_portal", name="Alice Customer")
        cls.bob = new_test_user(cls.env, "portal_bob", groups="base.group_portal", name="Bob Customer")
        cls.vehicles = {}
        cls.repairs = {}
        cls.tickets = {}
        for user, vin in ((cls.alice, "PRTADRJF7K1000001"), (cls.bob, "PRTADRJF7K1000002")):
            partner = user.partner_id
            vehicle = cls.env["aftersales.vehicle"].create(
                {"vin": vin, "partner_id": partner.id, "delivery_date": date(2026, 1, 10)}
            )
            cls.vehicles[user] = vehicle
            cls.repairs[user] = cls.env["repair.order"].create(
                {
                    "vehicle_id": vehicle.id,
                    "partner_id": partner.id,
                    "labour_ids": [Command.create({"name": f"Brakes of {partner.name}", "std_hours": 1, "rate": 120})],
                }
            )
            cls.tickets[user] = cls.env["helpdesk.ticket"].create(
                {"name": f"Noise for {partner.name}", "description": "Noise", "partner_id": partner.id}
            )

    def _page(self, user, url):
        self.authenticate(user.login, user.login)
        return self.url_open(url)

    def test_vehicles_are_private(self):
        mine, theirs = self.vehicles[self.alice], self.vehicles[self.bob]
        listing = self._page(self.alice, "/my/vehicles")
        self.assertEqual(listing.status_code, 200)
        self.assertIn(mine.vin, listing.text)
        self.assertNotIn(theirs.vin, listing.text)
        own = self.url_open(f"/my/vehicles/{mine.id}")
        self.assertIn(mine.vin, own.text)
        self.assertIn("Warranty", own.text)
        other = self.url_open(f"/my/vehicles/{theirs.id}")
        self.assertNotIn(theirs.vin, other.text)
        self.assertTrue(other.url.endswith("/my"), other.url)

    def test_repair_jobs_are_private_and_authorised_from_the_portal(self):
        mine, theirs = self.repairs[self.alice], self.repairs[self.bob]
        mine.action_validate()
        mine.write({"labour_ids": [Command.create({"name": "Added: wipers", "std_hours": 0.5, "rate": 120})]})
        added = mine.labour_ids.filtered(lambda line: line.name == "Added: wipers")
        self.assertTrue(added.needs_authorisation, "work added after confirmation needs the customer's yes")
        page = self._page(self.alice, f"/my/repairs/{mine.id}")
        self.assertIn("I authorise the added work", page.text)
        self.assertNotIn(theirs.name, self.url_open("/my/repairs").text)
        self.assertTrue(self.url_open(f"/my/repairs/{theirs.id}").url.endswith("/my"))
        # Bob cannot authorise Alice's job, even with a valid session of his own.
        self.authenticate(self.bob.login, self.bob.login)
        bob_page = self.url_open("/aftersales/case")  # any page with a form gives Bob's CSRF token
        bob_csrf = re.search(r'name="csrf_token" value="([^"]+)"', bob_page.text).group(1)
        refused = self.url_open(f"/my/repairs/{mine.id}/authorise", data={"csrf_token": bob_csrf})
        self.assertTrue(refused.url.endswith("/my"), refused.url)
        added.invalidate_recordset()
        self.assertTrue(added.needs_authorisation)
        self.authenticate(self.alice.login, self.alice.login)
        page = self.url_open(f"/my/repairs/{mine.id}")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        done = self.url_open(f"/my/repairs/{mine.id}/authorise", data={"csrf_token": csrf})
        self.assertIn("the added work is authorised", done.text)
        added.invalidate_recordset()
        self.assertFalse(added.needs_authorisation)
        self.assertEqual((added.authorised_method, added.authorised_by), ("portal", self.alice.partner_id.name))

    def test_cases_are_private(self):
        mine, theirs = self.tickets[self.alice], self.tickets[self.bob]
        listing = self._page(self.alice, "/my/tickets")
        self.assertIn(mine.name, listing.text)
        self.assertNotIn(theirs.name, listing.text)
        self.assertNotIn(theirs.name, self.url_open(f"/my/ticket/{theirs.id}").text)

    def test_questionnaires_are_private(self):
        Callback = self.env["aftersales.callback"]
        survey = self.env.ref("aftersales_survey.survey_callback")
        today = fields.Date.context_today(self.env.user)
        values = {"scheduled_date": today, "deadline": today, "survey_id": survey.id}
        mine = Callback.create(dict(values, partner_id=self.alice.partner_id.id, repair_id=self.repairs[self.alice].id))
        theirs = Callback.create(dict(values, partner_id=self.bob.partner_id.id, repair_id=self.repairs[self.bob].id))
        listing = self._page(self.alice, "/my/questionnaires")
        self.assertIn(f"/my/questionnaires/{mine.id}", listing.text)
        self.assertNotIn(f"/my/questionnaires/{theirs.id}", listing.text)
        self.assertTrue(self.url_open(f"/my/questionnaires/{theirs.id}").url.endswith("/my"))
        self.assertFalse(theirs.user_input_id)
        started = self.url_open(f"/my/questionnaires/{mine.id}")
        self.assertEqual(started.status_code, 200)
        self.assertEqual(mine.user_input_id.partner_id, self.alice.partner_id)


@tagged("post_install", "-at_install")
class TestWebIntake(HttpCase):
    """The public form and the email alias: typing a customer's email or phone proves nothing, floods and
    malformed input are refused on the form itself with what was typed kept."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.known_user = new_test_user(
            cls.env, "web_known", groups="base.group_portal", name="Known Customer", email="known@example.com"
        )
        cls.known = cls.known_user.partner_id
        cls.known.phone = "+86 10 6500 7777"
        cls.known_vehicle = cls.env["aftersales.vehicle"].create(
            {"vin": "WEBADRJF7K1000001", "partner_id": cls.known.id, "delivery_date": date(2026, 1, 10)}
        )
        cls.agent = new_test_user(cls.env, "web_agent", groups="aftersales_base.group_aftersales_user")

    def _submit(self, **values):
        """Open the form as the browser does (for its CSRF token) and send it."""
        form = self.url_open("/aftersales/case")
        self.assertEqual(form.status_code, 200)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        post = {"name": "Web Visitor", "subject": "Engine light on", "description": "Since this morning"}
        return self.url_open("/aftersales/case", data={"csrf_token": csrf, **post, **values})

    def _case(self, subject):
        return self.env["helpdesk.ticket"].search([("name", "=", subject)])

    def _my_tickets(self):
        self.authenticate(self.known_user.login, self.known_user.login)
        listing = self.url_open("/my/tickets").text
        self.authenticate(None, None)
        return listing

    def test_visitor_giving_a_customer_email_gets_a_confirmation_mail_not_the_account(self):
        form = self.url_open("/aftersales/case")
        # A self-closing textarea swallows the rest of the form in the browser: it must be closed.
        self.assertRegex(form.text, r'<textarea[^>]*id="description"[^>]*>\s*</textarea>')
        done = self._submit(email="Known@Example.com", subject="Brakes squeal", vin="webadrjf7k1000001")
        self.assertIn("Your case number is", done.text)
        case = self._case("Brakes squeal")
        self.assertFalse(case.partner_id, "typing an email proves nothing")
        self.assertEqual(case.aftersales_claimed_partner_id, self.known)
        self.assertEqual((case.partner_name, case.partner_email), ("Web Visitor", "Known@Example.com"))
        self.assertEqual(case.aftersales_reported_vin, self.known_vehicle.vin)
        self.assertFalse(case.vehicle_id, "the customer's vehicle waits for the confirmation")
        self.assertEqual(case.channel_id, self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web"))
        self.assertEqual(case.aftersales_remote_addr, "127.0.0.1")
        self.assertFalse(case.user_id, "for the team to take, not assigned to the public user")
        self.assertNotIn(self.known, case.message_partner_ids)
        self.assertFalse(self.env["res.partner"].search([("email", "=ilike", "known@example.com")]) - self.known)
        self.assertNotIn("Brakes squeal", self._my_tickets())

        mail = self.env["mail.mail"].search([("model", "=", "helpdesk.ticket"), ("res_id", "=", case.id)])
        self.assertEqual(len(mail), 1)
        self.assertIn("known@example.com", mail.email_to.lower())
        link = re.search(r"/aftersales/case/\d+/confirm\?token=[\w-]+", mail.body_html).group(0)
        self.assertEqual(link, f"/aftersales/case/{case.id}/confirm?token={case.access_token}")

        refused = self.url_open(f"/aftersales/case/{case.id}/confirm?token=not-the-token")
        self.assertIn("This link is not valid", refused.text)
        self.assertIn("This link is not valid", self.url_open(f"/aftersales/case/{case.id}/confirm").text)
        case.invalidate_recordset()
        self.assertFalse(case.partner_id)
        self.assertFalse(case.vehicle_id)

        # Opening the link (as a mail scanner does) only asks; the customer's button confirms.
        asked = self.url_open(link)
        self.assertIn("Did you report this problem?", asked.text)
        case.invalidate_recordset()
        self.assertFalse(case.partner_id, "opening the link alone attaches nothing")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', asked.text).group(1)
        wrong = self.url_open(f"/aftersales/case/{case.id}/confirm", data={"csrf_token": csrf, "token": "not-it"})
        self.assertIn("This link is not valid", wrong.text)
        confirmed = self.url_open(
            f"/aftersales/case/{case.id}/confirm", data={"csrf_token": csrf, "token": case.access_token}
        )
        self.assertIn("is now in your customer account", confirmed.text)
        case.invalidate_recordset()
        self.assertEqual((case.partner_id, case.vehicle_id), (self.known, self.known_vehicle))
        self.assertIn("Brakes squeal", self._my_tickets())

    def test_a_phone_match_waits_for_staff(self):
        done = self._submit(phone="010-6500 7777", email="somebody@example.com", subject="Noise at idle")
        self.assertIn("Your case number is", done.text)
        case = self._case("Noise at idle")
        self.assertFalse(case.partner_id)
        self.assertEqual(case.aftersales_claimed_partner_id, self.known)
        self.assertEqual(case.aftersales_reported_phone, "+861065007777")
        self.assertFalse(self.env["mail.mail"].search([("model", "=", "helpdesk.ticket"), ("res_id", "=", case.id)]))
        # The sender's own mailbox proves nothing about the customer's phone: no token confirms it.
        token = case._portal_ensure_token()
        self.assertIn("This link is not valid", self.url_open(f"/aftersales/case/{case.id}/confirm?token={token}").text)
        case.invalidate_recordset()
        self.assertFalse(case.partner_id)
        # Staff called the customer back: they confirm it.
        case.with_user(self.agent).action_aftersales_confirm_customer()
        self.assertEqual(case.partner_id, self.known)

    def test_logged_in_customer_gets_the_case_and_an_unknown_visitor_a_contact(self):
        self.authenticate(self.known_user.login, self.known_user.login)
        done = self._submit(
            name="Known Customer", email="known@example.com", subject="Door rattles", vin="WEBADRJF7K1000001"
        )
        self.assertIn("Your case number is", done.text)
        case = self._case("Door rattles")
        self.assertEqual((case.partner_id, case.vehicle_id), (self.known, self.known_vehicle))
        self.assertFalse(case.aftersales_claimed_partner_id)
        self.authenticate(None, None)
        self._submit(name="New Visitor", email="new.visitor@example.com", subject="Seat heating")
        case = self._case("Seat heating")
        self.assertEqual((case.partner_id.name, case.partner_id.email), ("New Visitor", "new.visitor@example.com"))
        self.assertFalse(case.aftersales_claimed_partner_id)

    def test_flooding_is_refused_on_the_form(self):
        self.env["ir.config_parameter"].set_param("aftersales.web_case_hourly_limit", "3")
        for number in range(3):
            done = self._submit(email="flood@example.com", subject=f"Flood {number}")
            self.assertIn("Your case number is", done.text)
        refused = self._submit(email="FLOOD@example.com", subject="Flood 3", description="Still broken, 3 times")
        self.assertEqual(refused.status_code, 200)
        self.assertIn("We have received 3 cases from this email address or phone number within the hour", refused.text)
        self.assertRegex(refused.text, r'<textarea[^>]*id="description"[^>]*>Still broken, 3 times</textarea>')
        self.assertIn('value="Flood 3"', refused.text)
        self.assertFalse(self._case("Flood 3"))
        # Another address from the same network is refused too.
        other = self._submit(email="other@example.com", subject="Flood 4")
        self.assertIn("from your network within the hour", other.text)
        self.assertFalse(self._case("Flood 4"))

    def test_malformed_input_is_refused_on_the_form(self):
        refusals = [
            ({"phone": "1" * 300}, "The phone number is too long: at most 32 characters."),
            ({"phone": "12"}, "12 is not a phone number we can call."),
            ({"vin": "BADVIN"}, "VIN BADVIN contains I, O or Q"),
            ({"name": "N" * 101}, "Your name is too long: at most 100 characters."),
            ({"name": "138-0013-8000"}, "Write your name in letters."),
            ({"email": "not-an-email"}, "not-an-email is not an email address."),
            ({"subject": "S" * 201}, "The subject is too long: at most 200 characters."),
            ({"description": "d" * 10001}, "The description is too long: at most 10000 characters."),
            ({"email": "", "phone": ""}, "Give an email address or a phone number"),
        ]
        for values, message in refusals:
            with self.subTest(values={key: value[:20] for key, value in values.items()}):
                page = self._submit(**{"email": "typed@example.com", "description": "Typed text", **values})
                self.assertEqual(page.status_code, 200)
                self.assertIn(message, page.text)
                self.assertIn('<div class="alert alert-danger">', page.text)
                self.assertRegex(page.text, r'<textarea[^>]*id="description"[^>]*>[^<]+</textarea>')
        self.assertFalse(self._case("Engine light on"), "nothing refused was recorded")
        self.assertFalse(self.env["res.partner"].search([("email", "=", "typed@example.com")]))
        self._submit(email="html@example.com", subject="<b>Brakes</b> <script>alert(1)</script>squeal")
        case = self.env["helpdesk.ticket"].search([("partner_email", "=", "html@example.com")])
        self.assertEqual(case.name, "Brakes squeal")

    def test_visitor_fixes_the_form_in_the_browser(self):
        self.start_tour("/aftersales/case", "aftersales_web_case_tour")
        case = self._case("Wipers stopped")
        self.assertEqual(len(case), 1)
        self.assertEqual(case.partner_id.name, "Tour Visitor")
        self.assertEqual(html2plaintext(case.description), "The wipers stopped in the rain")

    def test_email_to_the_alias_names_a_possible_customer_by_phone(self):
        customer = self.env["res.partner"].create({"name": "Mailing Customer", "mobile": "+86 139 0000 1111"})
        case = self.env["helpdesk.ticket"].message_new(
            {
                "subject": "Brakes squeal",
                "body": "<p>Please call me back on 139-0000-1111, thanks</p>",
                "email_from": "unknown@example.com",
            }
        )
        self.assertFalse(case.partner_id, "anybody can write a customer's number in a mail")
        self.assertEqual(case.aftersales_claimed_partner_id, customer)
        case.with_user(self.agent).action_aftersales_confirm_customer()
        self.assertEqual(case.partner_id, customer)
