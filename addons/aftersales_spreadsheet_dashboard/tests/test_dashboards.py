import json
from datetime import timedelta

from odoo import fields
from odoo.tests import TransactionCase, new_test_user, tagged

DASHBOARDS = ("spreadsheet_dashboard_service", "spreadsheet_dashboard_warranty", "spreadsheet_dashboard_satisfaction")
FILTER_TYPES = {"date": {"date"}, "datetime": {"datetime"}, "many2one": {"many2one"}}


def dashboard_data(env, xmlid):
    return json.loads(env.ref(f"aftersales_spreadsheet_dashboard.{xmlid}").spreadsheet_data)


def data_sources(data):
    """Every pivot and chart of a dashboard as (name, model, domain, groupby, measures, field matching)."""
    for pivot in data["pivots"].values():
        yield (
            pivot["name"],
            pivot["model"],
            pivot["domain"],
            [row["fieldName"] for row in pivot["rows"]],
            [measure["fieldName"] for measure in pivot["measures"]],
            pivot["fieldMatching"],
        )
    for sheet in data["sheets"]:
        for figure in sheet["figures"]:
            chart = figure["data"]
            if chart["type"].startswith("odoo_"):
                meta = chart["metaData"]
                yield (
                    chart["title"]["text"],
                    meta["resModel"],
                    chart["searchParams"]["domain"],
                    meta["groupBy"],
                    [meta["measure"]],
                    chart["fieldMatching"],
                )


@tagged("post_install", "-at_install")
class TestDashboards(TransactionCase):
    def test_every_figure_reads_its_records(self):
        """Each pivot and chart groups real fields, and each filter matches a field of the right type: a
        renamed field would otherwise show as an error cell only when a manager opens the dashboard."""
        for xmlid in DASHBOARDS:
            data = dashboard_data(self.env, xmlid)
            filters = {flt["id"]: flt for flt in data["globalFilters"]}
            self.assertEqual(sorted(flt["label"] for flt in filters.values()), ["Company", "Period", "Service Station"])
            for name, model, domain, groupby, measures, matching in data_sources(data):
                with self.subTest(dashboard=xmlid, figure=name):
                    Model = self.env[model]
                    aggregates = [m if m == "__count" else f"{m}:{Model._fields[m].aggregator}" for m in measures]
                    Model._read_group(domain, groupby, aggregates)
                    self.assertEqual(set(matching), set(filters), "every filter applies to every figure")
                    for filter_id, match in matching.items():
                        field = Model._fields[match["chain"]]
                        self.assertIn(field.type, FILTER_TYPES[match["type"]])
                        if filters[filter_id]["type"] == "relation":
                            self.assertEqual(field.comodel_name, filters[filter_id]["modelName"])
            for menu in data["chartOdooMenusReferences"].values():
                self.assertTrue(self.env.ref(menu), "each figure opens a menu's records")

    def test_dashboards_open_for_station_users(self):
        station_user = new_test_user(self.env, "dash_station", groups="aftersales_base.group_aftersales_station")
        visible = (
            self.env["spreadsheet.dashboard"]
            .with_user(station_user)
            .search(
                [
                    (
                        "dashboard_group_id",
                        "=",
                        self.env.ref("aftersales_spreadsheet_dashboard.spreadsheet_dashboard_group_aftersales").id,
                    )
                ]
            )
        )
        self.assertEqual(
            visible,
            self.env.ref("aftersales_spreadsheet_dashboard.spreadsheet_dashboard_service")
            | self.env.ref("aftersales_spreadsheet_dashboard.spreadsheet_dashboard_warranty")
            | self.env.ref("aftersales_spreadsheet_dashboard.spreadsheet_dashboard_satisfaction"),
        )
        for dashboard in visible:
            self.assertIn("snapshot", dashboard.get_readonly_dashboard())
        plain = new_test_user(self.env, "dash_plain", groups="base.group_user")
        self.assertFalse(
            self.env["spreadsheet.dashboard"].with_user(plain).search([("id", "in", visible.ids)]),
            "employees outside after-sales do not see them",
        )

    def test_station_user_counts_only_its_own_cases(self):
        """The service dashboard's case count, as its pivot asks for it, for a station user and the call centre."""
        own, other = self.env["res.partner"].create(
            [{"name": f"Dash station {code}", "is_service_station": True} for code in "AB"]
        )
        now = fields.Datetime.now()
        self.env["helpdesk.ticket"].create(
            [
                {
                    "name": f"Dash case {i}",
                    "description": "x",
                    "station_id": station.id,
                    "reported_date": now - timedelta(days=i),
                }
                for i, station in enumerate([own, own, other])
            ]
        )
        pivot = next(
            p
            for p in dashboard_data(self.env, "spreadsheet_dashboard_service")["pivots"].values()
            if p["name"] == "Cases"
        )
        domain = pivot["domain"] + [("reported_date", ">=", now - timedelta(days=5))]
        user = new_test_user(self.env, "dash_station_a", groups="aftersales_base.group_aftersales_station")
        user.aftersales_station_id = own
        agent = new_test_user(self.env, "dash_agent", groups="aftersales_base.group_aftersales_user")
        station_domain = domain + [("station_id", "in", (own | other).ids)]
        for who, expected in ((user, 2), (agent, 3)):
            ((count,),) = self.env[pivot["model"]].with_user(who)._read_group(station_domain, [], ["__count"])
            self.assertEqual(count, expected, who.login)
