# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Customer Notices",
    "summary": "Delivery notice and maintenance reminders to the customer by email and SMS, with a pluggable "
    "SMS provider and the unsent SMS kept in a list",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # aftersales_survey: the delivery notice tells the customer when the callback comes, which its callback
    # rules decide (trigger "repair job finished", scope, days after).
    "depends": ["aftersales_repair", "aftersales_survey", "sms"],
    "data": [
        "security/ir.model.access.csv",
        "data/mail_template_data.xml",
        "data/sms_template_data.xml",
        "views/sms_sms_views.xml",
        "views/res_config_settings_views.xml",
        "views/aftersales_vehicle_views.xml",
    ],
}
