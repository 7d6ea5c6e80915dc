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
        "views/aftersales_survey_menus.xml",
    ],
}
