# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales 家电下乡 Subsidies",
    "summary": "家电下乡 subsidies of the products sold, and their returns: the subsidy is settled before the "
    "product is returned (先退补贴后退货), each return kept three years",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # aftersales_rma: the returns themselves, on OCA rma in Chinese (their confirmation and refund wait for the
    # subsidy). aftersales_warranty (and through it account): the returns this rule governs are 三包 returns
    # (对符合“三包”规定要求退货的); and its demo gives the demo company its Chinese chart of accounts, which replaces
    # every journal entry made before it, so the subsidies' demo invoices must come after it.
    "depends": ["aftersales_rma", "aftersales_warranty"],
    "data": [
        "security/aftersales_subsidy_security.xml",
        "security/ir.model.access.csv",
        "data/aftersales_subsidy_data.xml",
        "views/aftersales_subsidy_views.xml",
        "views/account_move_views.xml",
        "views/rma_views.xml",
        "views/aftersales_subsidy_menus.xml",
        "report/report_invoice.xml",
    ],
    "demo": ["demo/aftersales_subsidy_demo.xml"],
}
