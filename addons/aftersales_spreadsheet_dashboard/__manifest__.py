# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Dashboards",
    "summary": "Spreadsheet dashboards for managers: Service, Warranty and Satisfaction, each with period, "
    "company and station filters, figures against the previous period, week and month trends and a table by "
    "station, every figure opening its records",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # The dashboards read cases (helpdesk), jobs (repair), claims and the in-warranty fact (warranty),
    # callbacks (survey) and the technicians' performance (station performance).
    "depends": ["spreadsheet_dashboard", "aftersales_warranty", "aftersales_station_performance"],
    "data": [
        "data/spreadsheet_dashboard_data.xml",
        "views/menus.xml",
    ],
    "assets": {
        "web.assets_tests": ["aftersales_spreadsheet_dashboard/static/tests/tours/*.js"],
    },
}
