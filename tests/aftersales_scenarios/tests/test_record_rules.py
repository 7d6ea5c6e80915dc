from odoo import Command
from odoo.tests import HttpCase, get_db_name, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestRecordRulesOverRpc(HttpCase):
    """Lines and steps follow their document's station and company, asked over XML-RPC as the real user.

    Two stations share one helpdesk team; the station user of the first is a member of that team.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        Partner = cls.env["res.partner"]
        cls.mine = Partner.create({"name": "RR Station A", "is_service_station": True, "station_code": "RRA"})
        cls.theirs = Partner.create({"name": "RR Station B", "is_service_station": True, "station_code": "RRB"})
        cls.station_user = new_test_user(cls.env, "rr_station", groups="aftersales_base.group_aftersales_station")
        cls.station_user.aftersales_station_id = cls.mine
        cls.call_centre = new_test_user(cls.env, "rr_call_centre", groups="aftersales_base.group_aftersales_user")
        team = cls.env["helpdesk.ticket.team"].create(
            {"name": "RR shared team", "user_ids": [Command.set([cls.station_user.id, cls.call_centre.id])]}
        )
        part = cls.env["product.product"].create({"name": "RR part", "standard_price": 80})
        cls.records = {}
        for station in (cls.mine, cls.theirs):
            ticket = cls.env["helpdesk.ticket"].create(
                {"name": f"Case of {station.name}", "description": "x", "station_id": station.id, "team_id": team.id}
            )
            ticket.user_id = False
            job = cls.env["repair.order"].create(
                {
                    "partner_id": station.id,
                    "station_id": station.id,
                    "labour_ids": [Command.create({"name": "Check", "std_hours": 1, "rate": 120})],
                }
            )
            request = cls.env["aftersales.part.request"].create(
                {
                    "station_id": station.id,
                    "partner_id": station.id,
                    "line_ids": [Command.create({"product_id": part.id, "quantity": 1})],
                }
            )
            request.action_submit()
            claim = cls.env["aftersales.warranty.claim"].create(
                {
                    "partner_id": station.id,
                    "vehicle_id": cls.env["aftersales.vehicle"]
                    .create({"vin": f"RRVADRJF7K100000{len(cls.records) + 1}", "station_id": station.id})
                    .id,
                    "line_ids": [Command.create({"line_type": "other", "name": "Towing", "unit_amount": 1500})],
                }
            )
            claim.action_submit()
            cls.records[station] = {
                "helpdesk.ticket": ticket,
                "aftersales.repair.labour": job.labour_ids,
                "aftersales.part.request.line": request.line_ids,
                "aftersales.approval": request.approval_ids | claim.approval_ids,
                "aftersales.warranty.claim.line": claim.line_ids,
            }
        cls.mine.sudo().aftersales_credit_limit = 10000
        cls.theirs.sudo().aftersales_credit_limit = 50000

    def _rpc(self, user, model, method, *args, **kwargs):
        uid = self.xmlrpc_common.authenticate(get_db_name(), user.login, user.login, {})
        return self.xmlrpc_object.execute_kw(get_db_name(), uid, user.login, model, method, list(args), kwargs)

    def test_station_user_sees_only_its_stations_lines_and_steps(self):
        for model in self.records[self.mine]:
            mine, theirs = self.records[self.mine][model], self.records[self.theirs][model]
            self.assertTrue(mine and theirs, model)
            with self.subTest(model=model):
                found = self._rpc(self.station_user, model, "search", [("id", "in", (mine | theirs).ids)])
                self.assertEqual(sorted(found), sorted(mine.ids))
                everyone = self._rpc(self.call_centre, model, "search", [("id", "in", (mine | theirs).ids)])
                self.assertEqual(sorted(everyone), sorted((mine | theirs).ids), "the call centre sees both")

    def test_team_membership_does_not_show_another_stations_case(self):
        theirs = self.records[self.theirs]["helpdesk.ticket"]
        self.assertIn(self.station_user, theirs.team_id.user_ids)
        self.assertFalse(theirs.user_id, "unassigned in a team the user is on: helpdesk alone would show it")
        found = self._rpc(self.station_user, "helpdesk.ticket", "search_read", [("team_id", "=", theirs.team_id.id)])
        self.assertEqual([case["id"] for case in found], self.records[self.mine]["helpdesk.ticket"].ids)

    def test_station_reads_its_own_credit_line_only(self):
        fields = ["aftersales_credit_limit", "aftersales_credit_used", "aftersales_credit_available"]
        read = {
            values["id"]: values
            for values in self._rpc(self.station_user, "res.partner", "read", (self.mine | self.theirs).ids, fields)
        }
        self.assertEqual(read[self.mine.id]["aftersales_credit_limit"], 10000)
        self.assertEqual(read[self.mine.id]["aftersales_credit_used"], 1500, "its submitted claim uses its credit")
        self.assertEqual(
            {name: read[self.theirs.id][name] for name in fields}, dict.fromkeys(fields, 0), "another dealer's"
        )
        listed = self._rpc(
            self.station_user, "res.partner", "search_read", [("id", "=", self.theirs.id)], fields=fields
        )
        self.assertEqual(listed[0]["aftersales_credit_limit"], 0)
        full = self._rpc(self.call_centre, "res.partner", "read", self.theirs.ids, fields)[0]
        self.assertEqual((full["aftersales_credit_limit"], full["aftersales_credit_used"]), (50000, 1500))

    def test_lines_of_another_company_are_not_seen(self):
        other = self.env["res.company"].create({"name": "RR Other Motors"})
        env = self.env(context=dict(self.env.context, allowed_company_ids=[other.id]))
        part = env["product.product"].create({"name": "RR other part", "standard_price": 80})
        job = env["repair.order"].create(
            {
                "company_id": other.id,
                "partner_id": self.mine.id,
                "picking_type_id": env["stock.picking.type"]
                .search([("code", "=", "repair_operation"), ("company_id", "=", other.id)], limit=1)
                .id,
                "labour_ids": [Command.create({"name": "Other check", "std_hours": 1, "rate": 100})],
            }
        )
        request = env["aftersales.part.request"].create(
            {"company_id": other.id, "line_ids": [Command.create({"product_id": part.id, "quantity": 1})]}
        )
        request.action_submit()
        exit_pass = env["aftersales.exit.pass"].create(
            {
                "company_id": other.id,
                "partner_id": self.mine.id,
                "line_ids": [Command.create({"product_id": part.id, "quantity": 1})],
            }
        )
        capa = env["aftersales.capa"].create(
            {
                "nonconformity": "Other CAPA",
                "company_id": other.id,
                "action_ids": [Command.create({"name": "Fix"})],
            }
        )
        manager = new_test_user(self.env, "rr_manager", groups="aftersales_base.group_aftersales_manager")
        cases = {
            "aftersales.repair.labour": job.labour_ids,
            "aftersales.part.request.line": request.line_ids,
            "aftersales.approval": request.approval_ids,
            "aftersales.exit.pass.line": exit_pass.line_ids,
            "aftersales.capa.action": capa.action_ids,
        }
        for model, records in cases.items():
            self.assertTrue(records, model)
            with self.subTest(model=model):
                self.assertFalse(self._rpc(manager, model, "search", [("id", "in", records.ids)]))
