from datetime import date
from unittest.mock import patch
from urllib.parse import parse_qs, urlsplit

from lxml import etree, html

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged


def _amount(cell):
    """The number in a monetary cell, whatever the currency sign and thousands separator."""
    return float(cell.xpath("string(.//span[hasclass('oe_currency_value')])").replace(",", ""))


@tagged("post_install", "-at_install")
class TestPortalPages(HttpCase):
    """The customer's portal pages as rendered: home tiles like Odoo's own, a repair job whose totals are
    the sums of its lines, and a portal invitation that reaches the customer."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.customer = new_test_user(cls.env, "portal_pages", groups="base.group_portal", name="Pages Customer")
        partner = cls.customer.partner_id
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {"vin": "PGSADRJF7K1000001", "partner_id": partner.id, "delivery_date": date(2026, 1, 10)}
        )
        cls.pad = cls.env["product.product"].create({"name": "Pages brake pad", "lst_price": 50})
        cls.bulb = cls.env["product.product"].create({"name": "Pages bulb", "lst_price": 30})
        cls.job = cls.env["repair.order"].create(
            {
                "vehicle_id": cls.vehicle.id,
                "partner_id": partner.id,
                "labour_ids": [
                    Command.create({"name": "Brake pads", "std_hours": 1, "rate": 120}),
                    Command.create({"name": "Pump check", "std_hours": 2, "rate": 120, "pay_type": "warranty"}),
                ],
                "move_ids": [
                    Command.create({"product_id": cls.pad.id, "product_uom_qty": 2, "repair_line_type": "add"}),
                    Command.create(
                        {
                            "product_id": cls.bulb.id,
                            "product_uom_qty": 1,
                            "repair_line_type": "add",
                            "pay_type": "goodwill",
                        }
                    ),
                ],
            }
        )

    def _page(self, url):
        self.authenticate(self.customer.login, self.customer.login)
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200, url)
        return html.fromstring(response.content)

    def test_home_tiles_have_pictograms_the_size_of_odoos(self):
        home = self._page("/my")

        def icon(url):
            sources = home.xpath(f"//div[hasclass('o_portal_index_card')][.//a[@href='{url}']]//img/@src")
            self.assertEqual(len(sources), 1, f"one tile with an icon for {url}")
            return sources[0]

        def size(src):
            response = self.url_open(src)
            self.assertEqual(response.status_code, 200, src)
            svg = etree.fromstring(response.content)
            return svg.get("width"), svg.get("height")

        odoo_size = size(icon("/my/security"))  # Odoo's own pictogram on the same page
        self.assertEqual(odoo_size, ("64", "64"))
        for url in ("/my/vehicles", "/my/repairs", "/my/questionnaires"):
            with self.subTest(tile=url):
                self.assertEqual(size(icon(url)), odoo_size)

    def test_repair_totals_are_the_sums_of_the_lines_shown(self):
        page = self._page(f"/my/repairs/{self.job.id}")
        rows = page.xpath("//table[@id='repair_lines']/tbody/tr")
        self.assertEqual(len(rows), 4, "two labour lines and two parts")
        amounts = [_amount(row.xpath(".//td[hasclass('o_aftersales_amount')]")[0]) for row in rows]
        you_pay = [_amount(row.xpath(".//td[hasclass('o_aftersales_you_pay')]")[0]) for row in rows]
        self.assertEqual(amounts, [120.0, 240.0, 100.0, 30.0], "parts show their amounts too")
        self.assertEqual(you_pay, [120.0, 0.0, 100.0, 0.0], "warranty and goodwill cost the customer nothing")
        (totals,) = page.xpath("//tr[@id='repair_totals']")
        self.assertEqual(_amount(totals.xpath(".//td[hasclass('o_aftersales_amount')]")[0]), sum(amounts))
        self.assertEqual(_amount(totals.xpath(".//td[hasclass('o_aftersales_you_pay')]")[0]), sum(you_pay))
        self.assertEqual(self.job.amount_customer, sum(you_pay))
        listing = self._page("/my/repairs")
        (listed,) = listing.xpath(f"//tr[.//a[@href='/my/repairs/{self.job.id}']]/td[last()]")
        self.assertEqual(_amount(listed), sum(you_pay), "the list shows what the job page adds up to")


@tagged("post_install", "-at_install")
class TestPortalInvitation(HttpCase):
    """Granting portal access sends Odoo's invitation; without a working mail server the administrator
    gets the invitation link in the wizard instead of a silent failure."""

    def _grant(self, name, email):
        partner = self.env["res.partner"].create({"name": name, "email": email})
        wizard = self.env["portal.wizard"].with_context(active_ids=partner.ids).create({})
        line = wizard.user_ids
        self.assertEqual(line.partner_id, partner)
        line.action_grant_access()
        return partner, line

    def test_invitation_is_emailed(self):
        sent = []

        def send_email(server, message, *args, **kwargs):
            sent.append(message["To"])
            return message["Message-Id"]

        with patch.object(type(self.env["ir.mail_server"]), "send_email", send_email):
            partner, line = self._grant("Mailed Customer", "mailed.customer@example.com")
        self.assertTrue(partner.user_ids.has_group("base.group_portal"))
        self.assertTrue(any("mailed.customer@example.com" in to for to in sent), sent)
        self.assertFalse(line.aftersales_invitation_url, "sent: nothing for the administrator to pass on")

    def test_without_a_mail_server_the_wizard_shows_the_link(self):
        refused = ConnectionRefusedError(111, "Connection refused")
        with patch.object(type(self.env["ir.mail_server"]), "connect", side_effect=refused):
            partner, line = self._grant("Unmailed Customer", "unmailed.customer@example.com")
        user = partner.user_ids
        self.assertTrue(user.has_group("base.group_portal"))
        failed = self.env["mail.mail"].search([("model", "=", "portal.wizard.user"), ("res_id", "=", line.id)])
        self.assertEqual(failed.state, "exception")
        url = line.aftersales_invitation_url
        self.assertTrue(url, "the administrator gets the link to pass on")
        (token,) = parse_qs(urlsplit(url).query)["token"]
        self.assertEqual(self.env["res.partner"]._get_partner_from_token(token), partner, "a valid invitation")
        self.assertIn(url.split("?")[0], failed.body_html, "the link the email would have carried")
        view = self.env["portal.wizard"].get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn('name="aftersales_invitation_url"', view)
