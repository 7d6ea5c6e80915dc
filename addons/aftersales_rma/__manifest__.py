# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Returns (RMA) Base",
    "summary": "OCA rma as our returns need it: the RMA screens, choices and e-mails in Chinese, shared by the "
    "三包, batch and subsidised-sale returns",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # rma_lot: vehicles and units are received and replaced by their serial.
    "depends": ["rma_lot"],
}
