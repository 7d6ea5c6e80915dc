# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Scenario Tests",
    "summary": "Cross-addon scenario tests of the after-sales addons (test-only module, never deployed)",
    "version": "18.0.1.0.0",
    "category": "Hidden/Tests",
    "author": "After-Sales Team",
    "license": "AGPL-3",
    # l10n_cn: the demo company these tests check is a Chinese one, as in scripts/run (our addons do not need it).
    "depends": [
        "aftersales_survey",
        "aftersales_warranty",
        "aftersales_notice",
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
        "l10n_cn",
    ],
    "assets": {
        "web.assets_tests": ["aftersales_scenarios/static/tests/tours/*.js"],
    },
}
