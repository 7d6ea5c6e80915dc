# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Warranty",
    "summary": "Warranty policies, coverage decisions on repair jobs, goodwill approval, exclusions",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "author": "After-Sales Team",
    "license": "AGPL-3",
    "depends": ["aftersales_base", "account"],
    "data": [
        "security/aftersales_warranty_security.xml",
        "security/ir.model.access.csv",
        "data/aftersales_warranty_data.xml",
        "data/aftersales_sanbao_data.xml",
        "views/aftersales_warranty_views.xml",
        "views/aftersales_sanbao_views.xml",
        "views/aftersales_warranty_menus.xml",
    ],
    "demo": ["demo/aftersales_warranty_demo.xml"],
    "post_init_hook": "post_init_hook",
}
