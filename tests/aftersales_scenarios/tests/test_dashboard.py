import re

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestDashboard(HttpCase):
    """Managers' dashboard: one figure per addon, each opening its records."""

    def _tiles(self, user):
        return {tile["key"]: tile for tile in self.env["aftersales.dashboard"].with_user(user).get_tiles()}

    def test_every_addon_contributes_its_figures(self):
        manager = new_test_user(self.env, "dash_manager", groups="aftersales_base.group_aftersales_manager")
        tiles = self._tiles(manager)
        for key in (
            "cases_on_track",
            "cases_breached",
            "breaches_today",
            "jobs_in_progress",
            "parts_to_approve",
            "claims_in_review",
            "callback_rate",
            "satisfaction_rate",
        ):
            self.assertIn(key, tiles)
        before = tiles["parts_to_approve"]["value"]
        part = self.env["product.product"].create({"name": "Dashboard part", "standard_price": 100})
        request = self.env["aftersales.part.request"].create(
            {"line_ids": [Command.create({"product_id": part.id, "quantity": 1})]}
        )
        request.action_submit()
        tile = self._tiles(manager)["parts_to_approve"]
        self.assertEqual(tile["value"], before + 1)
        self.assertIn(request, self.env[tile["model"]].search(tile["domain"]))
        self.assertEqual(tiles["satisfaction_rate"]["target"], self.env.company.aftersales_satisfaction_target)

    def test_figures_follow_access_rights(self):
        employee = new_test_user(self.env, "dash_employee", groups="base.group_user")
        tiles = self._tiles(employee)
        for key in ("parts_to_approve", "claims_in_review", "settlements_unpaid", "callback_rate"):
            self.assertNotIn(key, tiles, "no figure from records the user may not read")

    def test_dashboard_opens_in_the_browser(self):
        self.start_tour(
            "/odoo/action-aftersales_base.action_aftersales_dashboard", "aftersales_dashboard_tour", login="admin"
        )

    def test_every_figure_says_what_its_empty_list_lacks(self):
        manager = new_test_user(self.env, "dash_empty_manager", groups="aftersales_base.group_aftersales_manager")
        tiles = self._tiles(manager)
        texts = {}
        for key, tile in tiles.items():
            with self.subTest(tile=key):
                match = re.fullmatch(r'<p class="o_view_nocontent_smiling_face">([^<]+)</p>', str(tile.get("help")))
                self.assertTrue(match, f"{key} opens a list with no empty state: {tile.get('help')!r}")
                texts[key] = match.group(1)
        self.assertEqual(texts["jobs_in_progress"], "No repair job in progress")
        self.assertEqual(len(set(texts.values())), len(texts), "each figure names what it counts")

    def test_an_empty_figure_opens_a_list_that_says_so(self):
        company = self.env["res.company"].create({"name": "Dashboard New Company"})
        new_test_user(
            self.env,
            "dash_new_company",
            groups="aftersales_base.group_aftersales_manager",
            company_id=company.id,
            company_ids=[Command.set(company.ids)],
        )
        self.start_tour(
            "/odoo/action-aftersales_base.action_aftersales_dashboard",
            "aftersales_dashboard_empty_tour",
            login="dash_new_company",
        )
