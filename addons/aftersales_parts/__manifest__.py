# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Spare Parts",
    "summary": "Spare-part requests with approval limits, transfers, shortages, old-part returns and exit passes",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    "depends": ["aftersales_repair", "stock", "account"],
    "data": [
        "security/aftersales_parts_security.xml",
        "security/ir.model.access.csv",
        "data/aftersales_parts_data.xml",
        "views/aftersales_part_request_views.xml",
        "views/aftersales_exit_pass_views.xml",
        "views/aftersales_parts_menus.xml",
        "views/res_config_settings_views.xml",
        "report/aftersales_exit_pass_report.xml",
    ],
    "demo": ["demo/aftersales_parts_demo.xml"],
}
