from odoo import models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.xlsx import XlsxBook, xlsx_download


class AftersalesWarrantySettlement(models.Model):
    """结算单 statement: every claim of the settlement, what was claimed, approved and deducted."""

    _inherit = "aftersales.warranty.settlement"

    def _statement_rows(self):
        self.ensure_one()
        return [
            (
                claim.name,
                claim.vehicle_id.display_name,
                claim.repair_id.name or "",
                claim.failure_date,
                claim.amount_claimed,
                claim.amount_approved,
                claim.amount_rejected,
            )
            for claim in self.claim_ids.sorted("name")
        ]

    def _deduction_rows(self):
        self.ensure_one()
        return [
            (line.claim_id.name, line.name, line.return_due_date, line.amount_approved)
            for line in self.deduction_line_ids.sorted(lambda line: (line.claim_id.name, line.id))
        ]

    def _aftersales_check_printable(self, report_name):
        for settlement in self:
            if not (settlement.claim_ids or settlement.released_claim_ids):
                raise UserError(
                    self.env._("%(settlement)s has collected no claims: Collect first.", settlement=settlement.name)
                )

    def action_export_statement(self):
        self.ensure_one()
        self._aftersales_check_printable("aftersales_warranty.report_settlement_statement")
        _ = self.env._
        book = XlsxBook()
        book.add_sheet(
            _("Summary"),
            [_("Figure"), _("Value")],
            [
                (_("Settlement"), self.name),
                (_("Partner"), self.partner_id.display_name),
                (_("Period"), f"{self.date_from} - {self.date_to}"),
                (_("Approved claims"), self.amount_claims),
                (_("Deductions"), self.amount_deductions),
                (_("Total"), self.amount_total),
                (_("Paid"), self.amount_paid),
                (_("Residual"), self.amount_residual),
                (_("Journal entry"), self.move_id.name or ""),
            ],
            widths={0: 24, 1: 36},
        )
        date_format = book.workbook.add_format({"num_format": "yyyy-mm-dd"})
        book.add_sheet(
            _("Claims"),
            [_("Claim"), _("Vehicle"), _("Repair Job"), _("Failure Date"), _("Claimed"), _("Approved"), _("Rejected")],
            self._statement_rows(),
            widths={1: 30},
            formats={3: date_format},
        )
        book.add_sheet(
            _("Deductions"),
            [_("Claim"), _("Old Part"), _("Due Date"), _("Deducted")],
            self._deduction_rows(),
            widths={1: 30},
            formats={2: date_format},
        )
        return xlsx_download(self, book.close(), f"{self.name.replace('/', '-')}.xlsx")

    def action_print_statement(self):
        return self.env.ref("aftersales_warranty.action_report_settlement_statement").report_action(self)
