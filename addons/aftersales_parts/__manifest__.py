# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Spare Parts",
    "summary": "Spare-part requests with approval limits, transfers and old-part returns",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "author": "After-Sales Team",
    "license": "AGPL-3",
    "depends": ["aftersales_base", "stock"],
    "data": [
        "security/aftersales_parts_security.xml",
        "views/aftersales_parts_menus.xml",
    ],
}
