import re
from datetime import date
from pathlib import Path

import pytz
from freezegun import freeze_time

from odoo import Command
from odoo.tests import TransactionCase, new_test_user, tagged

README = Path(__file__).resolve().parents[3] / "README.md"
CHINESE = re.compile(r"[\u4e00-\u9fff]")
SHANGHAI = pytz.timezone("Asia/Shanghai")
OUR_MODULES = (
    "aftersales_base",
    "aftersales_helpdesk",
    "aftersales_repair",
    "aftersales_parts",
    "aftersales_warranty",
    "aftersales_survey",
    "aftersales_notice",
    "aftersales_rma",
    "aftersales_sanbao_return",
    "aftersales_batch_return",
    "aftersales_subsidy",
    "aftersales_loaner",
    "aftersales_fieldservice",
    "aftersales_maintenance_plan",
    "aftersales_training",
    "aftersales_station_performance",
    "aftersales_spreadsheet_dashboard",
    "aftersales_campaign",
)


def readme_table(heading):
    """The rows (lists of cells) of the first Markdown table under ``heading`` in the README."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(heading)
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("#") and rows:
            break
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not all(set(cell) <= set("-: ") for cell in cells):
            rows.append(cells)
    return rows[1:]  # without the header row


def readme_role_groups():
    """``{role: [group xml ids]}`` of the README's Roles table; ``..._approver_gm`` abbreviates the first group."""
    roles = {}
    for role, groups, _may in readme_table("## Roles"):
        xmlids = re.findall(r"`([^`]+)`", groups)
        full = []
        for xmlid in xmlids:
            if xmlid.startswith("..."):
                suffix = xmlid[3:]
                head = full[0]
                xmlid = head[: head.index("_" + suffix.split("_")[1])] + suffix
            full.append(xmlid)
        roles[role] = full
    return roles


@tagged("post_install", "-at_install")
class TestDemoData(TransactionCase):
    """The demo database is a Chinese after-sales company with its own people, cases and callbacks only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.ref("base.main_company")
        cls.root = cls.env.ref("base.user_root")
        cls.public = cls.env.ref("base.public_user")
        data = cls.env["ir.model.data"].search([("module", "in", OUR_MODULES), ("model", "=", "res.users")])
        cls.demo_users = cls.env["res.users"].browse(data.mapped("res_id"))

    def _demo(self, model, modules=OUR_MODULES, name="%"):
        """Records of ``model`` with an XML id of ``modules`` (``name``: a LIKE pattern on the id)."""
        data = self.env["ir.model.data"].search(
            [("module", "in", modules), ("model", "=", model), ("name", "=like", name)]
        )
        return self.env[model].with_context(active_test=False).browse(data.mapped("res_id")).exists()

    # Item 4: a Chinese company ---------------------------------------------------------------------

    def test_company_is_chinese(self):
        company = self.company
        self.assertEqual(company.currency_id.name, "CNY")
        self.assertEqual(company.partner_id.tz, "Asia/Shanghai")
        self.assertEqual(company.country_id.code, "CN")
        self.assertRegex(company.name, CHINESE)
        self.assertRegex(company.street, CHINESE)
        self.assertEqual(company.chart_template, "cn")
        self.assertTrue(
            self.env["account.account"].search_count([("company_ids", "in", company.ids), ("code", "=like", "5401%")]),
            "the accounts of l10n_cn's small-business chart",
        )
        self.assertTrue(company.external_report_layout_id)

    def test_first_print_does_not_ask_for_a_layout(self):
        admin = self.env.ref("base.user_admin")
        settlement = self.env.ref("aftersales_warranty.settlement_demo_beijing")
        report = self.env["ir.actions.report"].search(
            [("model", "=", "aftersales.warranty.settlement"), ("report_type", "=", "qweb-pdf")], limit=1
        )
        action = report.with_user(admin).with_company(self.company).report_action(settlement)
        self.assertEqual(action["type"], "ir.actions.report", "not Odoo's document layout wizard")

    def test_demo_people_work_in_beijing_time(self):
        self.assertEqual(self.env.ref("base.user_admin").tz, "Asia/Shanghai")
        self.assertGreaterEqual(len(self.demo_users), 10)
        for user in self.demo_users:
            with self.subTest(user=user.login):
                self.assertEqual(user.tz, "Asia/Shanghai")
                self.assertRegex(user.name, CHINESE)
                self.assertTrue(
                    self.env["res.users"]
                    .with_user(user)
                    ._check_credentials(
                        {"login": user.login, "password": user.login, "type": "password"}, {"interactive": False}
                    ),
                    "the login is the password",
                )

    def test_settlement_bill_of_the_demo_is_dated_in_beijing(self):
        move = self.env.ref("aftersales_warranty.settlement_demo_beijing").move_id
        posted_on = pytz.utc.localize(move.create_date).astimezone(SHANGHAI).date()
        self.assertEqual(move.invoice_date, posted_on)
        self.assertGreaterEqual(move.date, move.invoice_date)
        self.assertGreaterEqual(move.invoice_date_due, move.invoice_date)

    # Item 6: our product's demo only ---------------------------------------------------------------

    def test_every_readme_role_has_a_demo_login(self):
        """Each role of the README's Roles table has a login in its Demo logins table, holding the role's group."""
        roles = readme_role_groups()
        self.assertGreaterEqual(len(roles), 10)
        logins = {}
        for login, _name, role in readme_table("### Demo logins"):
            logins.setdefault(role, set()).add(login.strip("`"))
        people = self.demo_users | self.env.ref("base.user_admin")
        listed = set().union(*logins.values())
        self.assertEqual(listed - set(people.mapped("login")), set(), "every listed login is a demo user")
        self.assertEqual(set(self.demo_users.mapped("login")) - listed, set(), "every demo user is listed")
        for role, groups in roles.items():
            users = people.filtered(lambda user, role=role: user.login in logins.get(role, ()))
            self.assertTrue(users, f"the README lists no demo login for the role {role}")
            for xmlid in groups:
                with self.subTest(role=role, group=xmlid):
                    self.assertTrue(users.filtered(lambda user, xmlid=xmlid: user.has_group(xmlid)))

    def test_no_case_of_odoobot_or_the_public_user(self):
        tickets = self.env["helpdesk.ticket"].with_context(active_test=False).search([])
        self.assertTrue(tickets)
        self.assertFalse(tickets.filtered(lambda ticket: ticket.user_id in (self.root | self.public)))
        self.assertFalse(tickets - self._demo("helpdesk.ticket"), "only our demo cases")
        for ticket in tickets:
            with self.subTest(ticket=ticket.name):
                self.assertTrue(ticket.team_id and ticket.user_id, "routed to a team and a person")
                self.assertIn(ticket.user_id, ticket.team_id.user_ids)
        web = tickets.filtered(lambda t: t.channel_id == self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web"))
        self.assertTrue(web)
        nobody = self.root | self.public
        self.assertFalse(self.env["aftersales.vehicle"].search([("user_id", "in", nobody.ids)]), "advisers")
        self.assertFalse(self.env["repair.order"].search([("user_id", "in", nobody.ids)]), "repair job owners")
        self.assertFalse(self.env["aftersales.callback"].search([("user_id", "in", nobody.ids)]), "agents")
        self.assertFalse(self.env["aftersales.odometer.reading"].search([("user_id", "in", nobody.ids)]))

    def test_no_generic_helpdesk_demo(self):
        Category = self.env["helpdesk.ticket.category"]
        self.assertFalse(Category.search([("name", "in", ("Software", "Wifi", "Odoo", "Hardware", "Laptops"))]))
        self.assertFalse(self._demo("helpdesk.ticket", ("helpdesk_mgmt",)))
        self.assertFalse(
            self.env["helpdesk.ticket.team"].search([("name", "in", ("Localization team", "Consultants"))])
        )
        # Odoo's repair demo (furniture) is gone: every repair job is about a vehicle.
        self.assertFalse(self.env["repair.order"].search([("vehicle_id", "=", False)]))

    def test_demo_labour_and_part_names_are_chinese(self):
        products = self._demo("product.product") | self._demo("product.template").product_variant_ids
        products -= self._demo("product.product", ("aftersales_warranty",))  # settlement products: data
        products = products.filtered(lambda p: p.type != "service")
        self.assertTrue(products)
        named = [
            *products,
            *self._demo("repair.order").labour_ids,
            *self._demo("aftersales.warranty.claim").line_ids,
            *self._demo("aftersales.warranty.policy", name="policy_demo%"),
        ]
        for record in named:
            with self.subTest(record=record):
                self.assertRegex(record.with_context(lang="en_US").name, CHINESE)

    def test_demo_callbacks_have_their_case_or_job_and_close_it(self):
        callbacks = self.env["aftersales.callback"].search([])
        self.assertTrue(callbacks.filtered(lambda c: c.state == "done" and c.outcome == "satisfied"))
        for callback in callbacks:
            with self.subTest(callback=callback.name, trigger=callback.rule_id.trigger):
                if callback.rule_id.trigger in ("vehicle_delivered", "periodic"):
                    # About a delivery or a key customer: no case or job exists to link.
                    self.assertTrue(callback.vehicle_id or callback.rule_id.trigger == "periodic")
                    continue
                self.assertTrue(callback.ticket_id or callback.repair_id)
                if callback.rule_id.trigger == "repair_done":
                    self.assertTrue(callback.repair_id)
                    self.assertEqual(callback.ticket_id, callback.repair_id.ticket_id)
        # The walk-through: the agent's call about a case waiting for it; satisfied answers close the case.
        agent = self.env.ref("aftersales_survey.user_callback_agent")
        waiting = callbacks.filtered(
            lambda c: c.state == "scheduled" and c.user_id == agent and c.ticket_id.stage_id.aftersales_callback
        )
        self.assertTrue(waiting)
        callback = waiting[0].with_user(agent)
        callback.outcome = "satisfied"
        callback.action_done()
        self.assertTrue(callback.ticket_id.stage_id.closed)

    # Settlement bills in the company's day -------------------------------------------------------

    def _settled_claim_and_settlement(self, accountant):
        """A station claim assessed on 20 March, settled for March just after 16:00 UTC on 31 March."""
        station = self.env["res.partner"].create({"name": "时区测试服务站", "is_service_station": True})
        model = self.env["product.product"].create({"name": "时区测试车型", "aftersales_is_vehicle": True})
        clerk = new_test_user(
            self.env, "tz_clerk", groups="aftersales_base.group_aftersales_station", tz="Asia/Shanghai"
        )
        clerk.aftersales_station_id = station
        officer = new_test_user(
            self.env, "tz_officer", groups="aftersales_warranty.group_aftersales_warranty", tz="Asia/Shanghai"
        )
        with freeze_time("2026-03-20 03:00:00"):
            vehicle = self.env["aftersales.vehicle"].create(
                {
                    "vin": "TZSADRJF7K1000001",
                    "product_id": model.id,
                    "delivery_date": "2025-09-01",
                    "station_id": station.id,
                }
            )
            claim = (
                self.env["aftersales.warranty.claim"]
                .with_user(clerk)
                .create(
                    {
                        "partner_id": station.id,
                        "vehicle_id": vehicle.id,
                        "odometer": 12000,
                        "line_ids": [
                            Command.create({"line_type": "labour", "name": "更换水泵", "std_hours": 2, "rate": 120})
                        ],
                    }
                )
            )
            claim.action_submit()
            claim.with_user(officer).action_assess()
        self.assertEqual(claim.assessed_on, date(2026, 3, 20))
        with freeze_time("2026-03-31 16:30:00"):  # 00:30 on 1 April in Beijing
            settlement = (
                self.env["aftersales.warranty.settlement"]
                .with_user(accountant)
                .create({"partner_id": station.id, "date_from": "2026-03-01", "date_to": "2026-03-31"})
            )
            settlement.action_collect()
            settlement.action_post()
        self.assertEqual(settlement.claim_ids, claim)
        return settlement

    def _assert_dated_in_beijing(self, move, day):
        self.assertEqual(move.invoice_date, day)
        self.assertGreaterEqual(move.date, move.invoice_date)
        self.assertGreaterEqual(move.invoice_date_due, move.invoice_date)

    def test_settlement_bill_is_dated_today_in_beijing(self):
        accountant = new_test_user(
            self.env, "tz_accountant", groups="account.group_account_invoice", tz="Asia/Shanghai"
        )
        settlement = self._settled_claim_and_settlement(accountant)
        self._assert_dated_in_beijing(settlement.move_id, date(2026, 4, 1))

    def test_settlement_bill_and_reversal_follow_the_company_not_the_user(self):
        accountant = new_test_user(self.env, "utc_accountant", groups="account.group_account_invoice", tz="UTC")
        settlement = self._settled_claim_and_settlement(accountant)
        self._assert_dated_in_beijing(settlement.move_id, date(2026, 4, 1))
        with freeze_time("2026-03-31 16:45:00"):
            settlement.with_user(accountant).action_reverse()
        credit_note = settlement.move_id.reversal_move_ids
        self.assertEqual(settlement.state, "cancel")
        self._assert_dated_in_beijing(credit_note, date(2026, 4, 1))
