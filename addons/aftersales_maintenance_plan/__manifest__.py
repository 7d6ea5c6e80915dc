# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Maintenance Plans",
    "summary": "Preventive maintenance plans (维护保养计划) on Field Service's recurring orders: drawn up within a "
    "month of acceptance, monthly / quarterly / annual visits or seasonal windows, 7 days' notice to the customer, "
    "each visit a dispatch order, what a visit cannot fix a case",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # fieldservice_recurring: the plan (fsm.recurring), its template, its state and orders.
    "depends": ["aftersales_fieldservice", "fieldservice_recurring"],
    "data": [
        "security/ir.model.access.csv",
        "security/aftersales_maintenance_plan_security.xml",
        "data/mail_template_data.xml",
        "data/maintenance_template_data.xml",
        "views/fsm_recurring_template_views.xml",
        "views/aftersales_maintenance_visit_views.xml",
        "views/fsm_recurring_views.xml",
        "views/fsm_order_views.xml",
        "views/aftersales_vehicle_views.xml",
        "views/helpdesk_ticket_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/aftersales_maintenance_plan_demo.xml"],
    "assets": {
        "web.assets_tests": ["aftersales_maintenance_plan/static/tests/tours/*.js"],
    },
}
