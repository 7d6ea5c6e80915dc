# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Warranty",
    "summary": "Warranty policies, coverage decisions, three-guarantee rules, claims and settlements",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "author": "After-Sales Team",
    "license": "AGPL-3",
    "depends": ["aftersales_base", "account"],
    "data": [
        "security/aftersales_warranty_security.xml",
        "views/aftersales_warranty_menus.xml",
    ],
}
