# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Callbacks and Surveys",
    "summary": "Callback rules, callback work queue, satisfaction questionnaires and KPIs",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "author": "After-Sales Team",
    "license": "AGPL-3",
    "depends": ["aftersales_base", "survey"],
    "data": [
        "security/aftersales_survey_security.xml",
        "security/ir.model.access.csv",
        "data/survey_callback_data.xml",
        "data/aftersales_callback_data.xml",
        "views/aftersales_callback_views.xml",
        "views/aftersales_survey_menus.xml",
        "views/aftersales_survey_portal_templates.xml",
    ],
    "demo": ["demo/aftersales_survey_demo.xml"],
}
