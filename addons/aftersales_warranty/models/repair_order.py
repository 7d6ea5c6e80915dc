from collections import Counter

from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.coverage import coverage_end, coverage_end_km, decide
from ..tools.sanbao import needs_loaner


class RepairOrder(models.Model):
    """Warranty on a repair job: one decision for every line, goodwill approval, key-part restarts."""

    _name = "repair.order"
    _inherit = ["repair.order", "aftersales.approval.mixin"]
    _approval_amount_field = "amount_goodwill"

    sanbao_fault_id = fields.Many2one(
        "aftersales.sanbao.fault", string="Serious Safety Fault", tracking=True, help="For the 三包 rules."
    )
    problem_code = fields.Char(tracking=True, help="The same code on two jobs means the same problem (三包).")
    loaner_due = fields.Boolean(
        compute="_compute_loaner_due",
        help="The repair has lasted longer than the 三包 rule allows.",
    )
    warranty_exclusion_id = fields.Many2one(
        "aftersales.warranty.exclusion", string="Exclusion Found", tracking=True, help="Cause outside the warranty."
    )

    def _compute_loaner_due(self):
        rules = self.env["aftersales.sanbao.rule"].search([])
        today = fields.Date.context_today(self)
        for repair in self:
            rule = repair.vehicle_id._sanbao_rule(rules) if repair.vehicle_id else rules.browse()
            date_in = fields.Date.context_today(
                self, repair.reception_date or repair.create_date or fields.Datetime.now()
            )
            repair.loaner_due = bool(rule) and needs_loaner(
                rule.loaner_days, date_in, today, repair.aftersales_done_date
            )

    def _approval_document_type(self):
        return "goodwill"

    def action_check_warranty(self):
        """Decide every labour line and part at once from the vehicle's coverages (no query per line)."""
        coverages = self.vehicle_id._warranty_coverages()
        today = fields.Date.context_today(self)
        for repair in self:
            if not repair.vehicle_id:
                raise UserError(self.env._("%(job)s has no vehicle: nothing to check.", job=repair.name))
            on_date = fields.Date.context_today(self, repair.schedule_date) if repair.schedule_date else today
            vehicle_coverages = coverages.get(repair.vehicle_id.id, [])
            code = repair.warranty_exclusion_id.code
            updates = {}
            tally = Counter()
            lines = [(line, False, "labour_pct") for line in repair.labour_ids] + [
                (move, move.product_id.id, "parts_pct")
                for move in repair.move_ids.filtered(lambda m: m.repair_line_type == "add")
            ]
            for line, product_id, share in lines:
                if line.warranty_reason == "override":
                    continue
                verdict = decide(vehicle_coverages, product_id, on_date, repair.odometer_in or None, code)
                pct = verdict[share] if verdict["covered"] else 0.0
                key = (
                    line._name,
                    "warranty" if pct else ("customer" if line.pay_type == "warranty" else line.pay_type),
                    verdict["reason"],
                    verdict["warranty_id"],
                    pct,
                )
                updates.setdefault(key, []).append(line)
                tally["partly" if 0 < pct < 100 else ("covered" if pct else verdict["reason"])] += 1
            for (model, pay_type, reason, warranty_id, pct), group in updates.items():
                records = self.env[model].browse([line.id for line in group])
                with workflow_writes():
                    records.write(
                        {
                            "pay_type": pay_type,
                            "warranty_reason": reason,
                            "warranty_id": warranty_id,
                            "covered_pct": pct,
                        }
                    )
            reasons = dict(
                self.env["aftersales.repair.labour"]._fields["warranty_reason"]._description_selection(self.env)
            )
            reasons["partly"] = self.env._("Partly covered")
            summary = ", ".join(f"{reasons.get(reason, reason)}: {count}" for reason, count in sorted(tally.items()))
            repair.message_post(body=self.env._("Warranty checked: %(summary)s", summary=summary or "-"))
        return True

    def _check_can_finish(self):
        result = super()._check_can_finish()
        for repair in self:
            if repair.amount_goodwill and repair.approval_state != "approved":
                raise UserError(
                    self.env._("%(job)s has goodwill lines: get them approved before finishing.", job=repair.name)
                )
            if repair.amount_goodwill > repair.approval_amount_approved + 0.005:
                raise UserError(
                    self.env._(
                        "%(job)s now has %(amount).2f of goodwill, more than the %(approved).2f approved: "
                        "submit it for approval again.",
                        job=repair.name,
                        amount=repair.amount_goodwill,
                        approved=repair.approval_amount_approved,
                    )
                )
        return result

    def action_repair_done(self):
        result = super().action_repair_done()
        self._restart_key_part_warranties()
        return result

    def _restart_key_part_warranties(self):
        """该部件在更换并正常运行后重新计算质保期: a replaced key part starts its coverage again."""
        policies = self.env["aftersales.warranty.policy"].search([("restart_on_replacement", "=", True)])
        if not policies:
            return
        today = fields.Date.context_today(self)
        Warranty = self.env["aftersales.warranty"]
        for repair in self.filtered("vehicle_id"):
            replaced = repair.move_ids.filtered(lambda m: m.repair_line_type == "add" and m.state == "done").product_id
            for policy in policies.filtered(
                lambda p, parts=replaced, r=repair: p.company_id == r.company_id and p.part_ids & parts
            ):
                Warranty.search(
                    [("vehicle_id", "=", repair.vehicle_id.id), ("policy_id", "=", policy.id)]
                ).active = False
                start_km = repair.odometer_in or repair.vehicle_id.odometer
                Warranty.create(
                    {
                        "vehicle_id": repair.vehicle_id.id,
                        "policy_id": policy.id,
                        "start_date": today,
                        "end_date": coverage_end(today, policy.months),
                        "start_km": start_km,
                        "end_km": coverage_end_km(start_km, policy.distance_km) or 0,
                        "replaced_on_repair_id": repair.id,
                    }
                )
