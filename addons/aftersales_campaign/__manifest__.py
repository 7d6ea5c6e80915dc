# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Recalls and Service Campaigns",
    "summary": "召回 / 服务活动: the affected vehicles selected by model, VIN range, production dates or a VIN "
    "list and frozen at launch; each vehicle's state; the campaign's work added to a job in one click and a vehicle "
    "never fixed twice; open campaigns shown on the vehicle, the case and the job",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Alpha",
    "license": "AGPL-3",
    # aftersales_warranty: the campaign's work is warranty work, claimed from the maker (and cases, jobs).
    # sms: owner notices by SMS through Odoo's queue (its gateway is pluggable: China needs a local one).
    "depends": ["aftersales_warranty", "sms"],
    "data": [
        "security/aftersales_campaign_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/mail_template_data.xml",
        "data/sms_template_data.xml",
        "data/ir_cron_data.xml",
        "report/aftersales_campaign_reports.xml",
        "views/aftersales_campaign_views.xml",
        "views/aftersales_vehicle_views.xml",
        "views/repair_order_views.xml",
        "views/helpdesk_ticket_views.xml",
        "views/aftersales_warranty_claim_views.xml",
        "wizards/aftersales_call_intake_views.xml",
        "views/aftersales_campaign_portal_templates.xml",
    ],
    "demo": ["demo/aftersales_campaign_demo.xml"],
    "assets": {
        "web.assets_tests": ["aftersales_campaign/static/tests/tours/*.js"],
    },
}
