import re
from datetime import date

from odoo import Command
from odoo.tests import HttpCase
from odoo.tests import new_test_user
from odoo.tests import tagged


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
        today = date.today()
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
    def test_public_form_finds_the_customer_by_phone(self):
        customer = self.env["res.partner"].create({"name": "Known Caller", "phone": "+86 10 6500 7777"})
        form = self.url_open("/aftersales/case")
        self.assertEqual(form.status_code, 200)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        post = {
            "csrf_token": csrf,
            "name": "Known Caller",
            "phone": "010-6500 7777",
            "subject": "Engine light on",
            "description": "Since this morning",
        }
        done = self.url_open("/aftersales/case", data=post)
        self.assertIn("Your case number is", done.text)
        ticket = self.env["helpdesk.ticket"].search([("name", "=", "Engine light on")])
        self.assertEqual(ticket.partner_id, customer)
        self.assertEqual(ticket.channel_id, self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web"))
        refused = self.url_open("/aftersales/case", data=dict(post, phone="", email=""))
        self.assertIn("Give an email address or a phone number", refused.text)

    def test_email_to_the_alias_finds_the_customer_by_phone(self):
        customer = self.env["res.partner"].create({"name": "Mailing Customer", "mobile": "+86 139 0000 1111"})
        ticket = self.env["helpdesk.ticket"].message_new(
            {
                "subject": "Brakes squeal",
                "body": "<p>Please call me back on 139-0000-1111, thanks</p>",
                "email_from": "unknown@example.com",
            }
        )
        self.assertEqual(ticket.partner_id, customer)
