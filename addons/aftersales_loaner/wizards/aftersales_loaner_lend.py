from datetime import timedelta

from odoo import api, fields, models

from odoo.addons.aftersales_repair.models.repair_order_quality import FUEL_LEVELS

from ..models.aftersales_loaner_loan import DEFAULT_LOAN_DAYS, LOAN_REASONS

OFFER_REASONS = {"offer_48h": "not_cleared_48h", "sanbao_due": "sanbao"}


class AftersalesLoanerLend(models.TransientModel):
    """Lend one of the station's available loaners to the customer of a repair job."""

    _name = "aftersales.loaner.lend"
    _description = "Lend a Loaner"

    repair_id = fields.Many2one("repair.order", string="Repair Job", required=True, readonly=True)
    station_id = fields.Many2one(related="repair_id.station_id")
    partner_id = fields.Many2one(related="repair_id.partner_id", string="Customer")
    loaner_id = fields.Many2one(
        "aftersales.loaner",
        required=True,
        domain="[('station_id', '=', station_id), ('state', '=', 'available')]",
    )
    reason = fields.Selection(
        LOAN_REASONS, required=True, compute="_compute_reason", store=True, readonly=False, precompute=True
    )
    due_on = fields.Datetime(
        string="Due Back", required=True, compute="_compute_due_on", store=True, readonly=False, precompute=True
    )
    odometer_out = fields.Integer(string="Odometer Out (km)")
    fuel_out = fields.Selection(FUEL_LEVELS)
    note = fields.Text()

    @api.depends("repair_id")
    def _compute_reason(self):
        for wizard in self:
            wizard.reason = OFFER_REASONS.get(wizard.repair_id.loaner_offer, "repair")

    @api.depends("repair_id")
    def _compute_due_on(self):
        """Back when the job is expected to be finished, else after the default loan days."""
        now = fields.Datetime.now()
        for wizard in self:
            planned = wizard.repair_id.estimated_completion
            wizard.due_on = planned if planned and planned > now else now + timedelta(days=DEFAULT_LOAN_DAYS)

    def action_lend(self):
        self.ensure_one()
        loan = self.env["aftersales.loaner.loan"].create(
            {
                "loaner_id": self.loaner_id.id,
                "repair_id": self.repair_id.id,
                "reason": self.reason,
                "due_on": self.due_on,
                "odometer_out": self.odometer_out,
                "fuel_out": self.fuel_out,
                "note": self.note,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.loaner.loan",
            "res_id": loan.id,
            "view_mode": "form",
        }
