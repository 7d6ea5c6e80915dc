# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Batch Returns",
    "summary": "Batch return of a product from a dealer (批量退货): Marketing, Quality, Warehouse, Process "
    "Engineering and Planning each move it one stage, on the RMAs of OCA rma",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # aftersales_rma (OCA rma, in Chinese): one RMA per returned product receives it from the dealer and
    # returns it after rework.
    "depends": ["aftersales_rma", "aftersales_base"],
    "data": [
        "security/aftersales_batch_return_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/mail_activity_type_data.xml",
        "data/rma_operation_data.xml",
        "data/aftersales_batch_return_stage_data.xml",
        "views/aftersales_batch_return_stage_views.xml",
        "views/aftersales_batch_return_views.xml",
        "views/rma_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/aftersales_batch_return_demo.xml"],
}
