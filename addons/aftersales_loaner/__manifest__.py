# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Loaners",
    "summary": "Loaner vehicles and units (备机/代步车) lent to the customer while a repair lasts: offered after "
    "48 hours, due under 三包, lent, returned, overdue, never lent twice at once",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # aftersales_warranty: the 三包 rule of the vehicle's model gives the loaner days.
    "depends": ["aftersales_warranty"],
    "data": [
        "security/aftersales_loaner_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "views/aftersales_loaner_views.xml",
        "views/aftersales_loaner_loan_views.xml",
        "wizards/aftersales_loaner_lend_views.xml",
        "views/repair_order_views.xml",
        "views/aftersales_vehicle_views.xml",
        "views/helpdesk_ticket_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/aftersales_loaner_demo.xml"],
}
