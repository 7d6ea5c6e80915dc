# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Scenario Tests",
    "summary": "Cross-addon scenario tests of the after-sales addons (test-only module, never deployed)",
    "version": "18.0.1.0.0",
    "category": "Hidden/Tests",
    "author": "After-Sales Team",
    "license": "AGPL-3",
    "depends": ["aftersales_base", "aftersales_warranty", "aftersales_parts", "aftersales_survey"],
    "assets": {
        "web.assets_tests": ["aftersales_scenarios/static/tests/tours/*.js"],
    },
}
