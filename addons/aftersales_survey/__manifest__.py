# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Callbacks and Surveys",
    "summary": "Callback rules, callback work queue, satisfaction questionnaires and KPIs",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    "depends": ["aftersales_repair", "survey"],
    "data": [
        "security/aftersales_survey_security.xml",
        "security/ir.model.access.csv",
        "data/survey_callback_data.xml",
        "data/aftersales_callback_data.xml",
        "views/aftersales_callback_views.xml",
        "wizards/aftersales_satisfaction_analysis_views.xml",
        "views/aftersales_survey_menus.xml",
        "views/aftersales_survey_portal_templates.xml",
    ],
    "demo": ["demo/aftersales_survey_demo.xml"],
}
