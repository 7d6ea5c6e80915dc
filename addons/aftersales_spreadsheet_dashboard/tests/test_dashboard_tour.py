from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestDashboardTour(HttpCase):
    def test_manager_opens_each_dashboard_in_chinese(self):
        """A manager working in Chinese opens the three dashboards from After-Sales > Reporting; each draws
        its charts with data and no figure fails."""
        self.env["res.lang"]._activate_lang("zh_CN")
        dependencies = ("spreadsheet_dashboard", "spreadsheet", "helpdesk_mgmt")
        self.env["ir.module.module"].search(
            ["|", ("name", "=like", "aftersales_%"), ("name", "in", dependencies)]
        )._update_translations(["zh_CN"])
        new_test_user(
            self.env, "dash_tour", groups="aftersales_base.group_aftersales_manager", lang="zh_CN", password="dash_tour"
        )
        station = self.env["res.partner"].create({"name": "看板服务站", "is_service_station": True})
        customer = self.env["res.partner"].create({"name": "看板客户"})
        today = fields.Date.context_today(self.env.user)
        vehicle = self.env["aftersales.vehicle"].create(
            {
                "vin": "DASHBRDF7K1000001",
                "partner_id": customer.id,
                "station_id": station.id,
                "delivery_date": today - relativedelta(months=1),
                "product_id": self.env["product.product"]
                .create({"name": "Dashboard truck", "aftersales_is_vehicle": True})
                .id,
            }
        )
        case = self.env["helpdesk.ticket"].create(
            {"name": "看板案例", "description": "x", "vehicle_id": vehicle.id, "station_id": station.id}
        )
        self.assertTrue(case.in_warranty)
        self.env["aftersales.callback"].create(
            {
                "partner_id": customer.id,
                "vehicle_id": vehicle.id,
                "station_id": station.id,
                "scheduled_date": today,
                "deadline": today,
            }
        )
        self.start_tour(
            "/odoo/action-aftersales_spreadsheet_dashboard.action_dashboard_service",
            "aftersales_spreadsheet_dashboard_tour",
            login="dash_tour",
        )
