from odoo import api, fields, models

from ..tools.loaner import NOT_CLEARED_HOURS, loaner_due, sanbao_loaner_due

LOANER_OFFERS = [("none", "None"), ("offer_48h", "Offer a Loaner (48 h)"), ("sanbao_due", "Loaner Due under 三包")]


class RepairOrder(models.Model):
    """A repair job tells the adviser when the customer should get a loaner, and lends one."""

    _inherit = "repair.order"

    loaner_loan_ids = fields.One2many("aftersales.loaner.loan", "repair_id", string="Loaner Loans")
    loaner_loan_count = fields.Integer(compute="_compute_loaner_loan_count", string="Loaners")
    loaner_out = fields.Boolean(compute="_compute_loaner_loan_count")
    loaner_offer = fields.Selection(LOANER_OFFERS, compute="_compute_loaner_offer")
    loaner_offer_reason = fields.Char(compute="_compute_loaner_offer")

    @api.depends("loaner_loan_ids.returned_on")
    def _compute_loaner_loan_count(self):
        groups = self.env["aftersales.loaner.loan"]._read_group(
            [("repair_id", "in", self.ids)], ["repair_id"], ["__count", "returned_on:count"]
        )
        counts = {repair: (count, count - returned) for repair, count, returned in groups}
        for repair in self:
            count, out = counts.get(repair, (0, 0))
            repair.loaner_loan_count = count
            repair.loaner_out = bool(out)

    @api.depends("state", "reception_date", "vehicle_id", "loaner_loan_ids.returned_on")
    def _compute_loaner_offer(self):
        now = fields.Datetime.now()
        today = fields.Date.context_today(self)
        rules = self.env["aftersales.sanbao.rule"].sudo().search([]) if self.vehicle_id else None
        for repair in self:
            repair.loaner_offer, repair.loaner_offer_reason = "none", False
            started = repair.reception_date
            if repair.state in ("done", "cancel") or not started or repair.loaner_out:
                continue
            rule = repair.vehicle_id._sanbao_rule(rules) if repair.vehicle_id else None
            days = (today - fields.Date.context_today(self, started)).days
            if rule and sanbao_loaner_due(days, rule.loaner_days):
                repair.loaner_offer = "sanbao_due"
                repair.loaner_offer_reason = self.env._(
                    "In repair for %(days)s days, more than the %(loaner_days)s days of the 三包 rule %(rule)s: "
                    "the customer is entitled to a loaner or transport money.",
                    days=days,
                    loaner_days=rule.loaner_days,
                    rule=rule.name,
                )
            elif loaner_due(started, now):
                repair.loaner_offer = "offer_48h"
                repair.loaner_offer_reason = self.env._(
                    "The fault is not cleared %(hours)s hours after reception: offer the customer a loaner.",
                    hours=NOT_CLEARED_HOURS,
                )

    def action_lend_loaner(self):
        """Pick an available loaner of the job's station for its customer."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Lend a Loaner"),
            "res_model": "aftersales.loaner.lend",
            "view_mode": "form",
            "target": "new",
            "context": {"default_repair_id": self.id},
        }

    def action_view_loaner_loans(self):
        return self.env["aftersales.loaner.loan"]._action_for([("repair_id", "in", self.ids)])
