from odoo import fields, models


class AftersalesVehicle(models.Model):
    """The loaners lent to the owner while this vehicle was in repair."""

    _inherit = "aftersales.vehicle"

    loaner_loan_count = fields.Integer(compute="_compute_loaner_loan_count", string="Loaners")

    def _compute_loaner_loan_count(self):
        counts = dict(
            self.env["aftersales.loaner.loan"]._read_group(
                [("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"]
            )
        )
        for vehicle in self:
            vehicle.loaner_loan_count = counts.get(vehicle, 0)

    def action_view_loaner_loans(self):
        return self.env["aftersales.loaner.loan"]._action_for([("vehicle_id", "in", self.ids)])
