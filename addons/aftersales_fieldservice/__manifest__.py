# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Field Service",
    "summary": "Dispatch orders (售后派遣单) for cases and vehicles on OCA field service: on-site SLA from the "
    "dispatch, published fee schedule, on-site work records signed by the customer, field engineers' own orders",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # OCA fieldservice: dispatch orders, engineers, locations, stages; helpdesk_mgmt_fieldservice: orders from
    # cases; fieldservice_portal: the customer's visits on the portal.
    "depends": ["aftersales_repair", "fieldservice", "helpdesk_mgmt_fieldservice", "fieldservice_portal"],
    "data": [
        "security/aftersales_fieldservice_security.xml",
        "security/ir.model.access.csv",
        "data/aftersales_fsm_data.xml",
        "report/aftersales_fsm_record_report.xml",
        "wizards/aftersales_fsm_reschedule_views.xml",
        "views/fsm_order_views.xml",
        "views/aftersales_fsm_record_views.xml",
        "views/aftersales_fsm_rule_views.xml",
        "views/helpdesk_ticket_views.xml",
        "views/aftersales_vehicle_views.xml",
        "views/res_partner_views.xml",
        "views/repair_order_views.xml",
        "views/aftersales_fieldservice_menus.xml",
        "views/portal_templates.xml",
    ],
    "demo": ["demo/aftersales_fieldservice_demo.xml"],
    "assets": {
        "web.assets_tests": ["aftersales_fieldservice/static/tests/tours/*.js"],
    },
}
