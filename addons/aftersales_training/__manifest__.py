# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Training",
    "summary": "Training records (003 6.2.4): courses, sessions, attendees and results for station staff and the "
    "customers' operators; 新车交接后培训达标率 against its target, free operators per installation, reminders "
    "in the training months",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    "depends": ["aftersales_base"],
    "data": [
        "security/aftersales_training_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "views/aftersales_training_course_views.xml",
        "views/aftersales_training_session_views.xml",
        "views/aftersales_training_attendee_views.xml",
        "views/aftersales_vehicle_views.xml",
        "views/res_config_settings_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/aftersales_training_demo.xml"],
    "assets": {
        "web.assets_tests": ["aftersales_training/static/tests/tours/*.js"],
    },
}
