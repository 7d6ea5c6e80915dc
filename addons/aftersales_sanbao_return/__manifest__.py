# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales 三包 Returns",
    "summary": "An approved 三包 exchange or refund runs through OCA rma: the vehicle is received back, the "
    "refund less the usage compensation or the replacement delivered, and the vehicle register follows",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # aftersales_rma: OCA rma and rma_lot (the vehicle is received and replaced by its serial), in Chinese.
    "depends": ["aftersales_warranty", "aftersales_rma"],
    "data": [
        "security/aftersales_sanbao_return_security.xml",
        "security/ir.model.access.csv",
        "data/product_data.xml",
        "data/rma_operation_data.xml",
        "views/aftersales_sanbao_request_views.xml",
        "views/aftersales_vehicle_views.xml",
        "views/rma_views.xml",
    ],
}
