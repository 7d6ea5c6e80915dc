from odoo import fields, models

from ..tools.sanbao import RepairFact, sanbao_entitlement

SANBAO_ENTITLEMENTS = [("none", "None"), ("repair", "Free Repair"), ("exchange", "Exchange"), ("return", "Return")]


def _names(value, names):
    """A reason's parameter as people read it: fault and part-group codes by their names."""
    if isinstance(value, str):
        return ", ".join(names.get(code, code) for code in value.split(", "))
    return value


class AftersalesVehicle(models.Model):
    """三包 entitlement of a vehicle, from its model's rule and its repair history."""

    _inherit = "aftersales.vehicle"

    sanbao_rule_id = fields.Many2one("aftersales.sanbao.rule", compute="_compute_sanbao", string="三包 Rule")
    sanbao_entitlement = fields.Selection(SANBAO_ENTITLEMENTS, compute="_compute_sanbao", string="三包 Entitlement")
    sanbao_reasons = fields.Text(compute="_compute_sanbao", string="三包 Facts")

    def _sanbao_rule(self, rules):
        categ = self.product_id.categ_id
        return next(
            (rule for rule in rules if categ and categ in rule.categ_ids and rule.company_id == self.company_id),
            rules.browse(),
        )

    def _sanbao_facts(self):
        repairs = self.repair_ids.filtered(lambda r: r.state != "cancel").sorted("reception_date")
        return [
            RepairFact(
                name=repair.name,
                date_in=fields.Date.context_today(self, repair.reception_date or repair.create_date),
                date_out=repair.aftersales_done_date,
                odometer=repair.odometer_in,
                problem=repair.problem_code or False,
                serious_fault=repair.sanbao_fault_id.code or False,
                replaced_groups=tuple(
                    repair.move_ids.filtered(lambda m: m.repair_line_type == "add").product_id.mapped(
                        "aftersales_sanbao_part_group_id.code"
                    )
                ),
                # A quality fault the maker pays under warranty; customer-paid work earns no 三包 right.
                quality="warranty" in repair.labour_ids.mapped("pay_type") + repair.move_ids.mapped("pay_type"),
            )
            for repair in repairs
        ]

    def _compute_sanbao(self):
        rules = self.env["aftersales.sanbao.rule"].search([])
        today = fields.Date.context_today(self)
        # Reasons carry codes; people read the (translated) names of faults and part groups.
        names = {
            record.code: record.name
            for model in ("aftersales.sanbao.fault", "aftersales.sanbao.part.group")
            for record in self.env[model].search([])
        }
        for vehicle in self:
            rule = vehicle._sanbao_rule(rules)
            vehicle.sanbao_rule_id = rule
            if not rule:
                vehicle.sanbao_entitlement = "none"
                vehicle.sanbao_reasons = False
                continue
            start = vehicle.delivery_date or vehicle.sale_date
            entitlement, reasons = sanbao_entitlement(
                rule._values(), start, today, vehicle.odometer, vehicle._sanbao_facts()
            )
            vehicle.sanbao_entitlement = entitlement
            vehicle.sanbao_reasons = "\n".join(
                vehicle._sanbao_reason_text(code, {key: _names(value, names) for key, value in params.items()})
                for _level, code, params in reasons
            )

    def action_new_sanbao_request(self):
        """A 三包 request (exchange or refund) for this vehicle, the odometer and entitlement as they stand."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.sanbao.request",
            "view_mode": "form",
            "context": {
                "default_vehicle_id": self.id,
                "default_odometer": self.odometer,
                "default_kind": "refund" if self.sanbao_entitlement == "return" else "exchange",
                "default_ticket_id": self.env.context.get("default_ticket_id"),
            },
        }

    def _sanbao_reason_text(self, code, params):
        _ = self.env._
        texts = {
            "repair_period": lambda: _("Within the repair warranty period."),
            "return_window": lambda: _("%(job)s: main part replaced within %(days)s days of the start.", **params),
            "exchange_window": lambda: _("%(job)s: fault within %(days)s days of the start.", **params),
            "early_serious_fault": lambda: _("%(job)s: serious fault %(fault)s in the early window.", **params),
            "serious_fault_repairs": lambda: _(
                "Serious safety faults (%(what)s) repaired %(count)s times: still there or new after two repairs.",
                **params,
            ),
            "part_replacements": lambda: _(
                "Main part group %(what)s replaced %(count)s times: still not working after two replacements.",
                **params,
            ),
            "same_problem": lambda: _("Problem %(what)s repaired %(count)s times.", **params),
            "repair_days": lambda: _("%(days)s days in repair in total.", **params),
        }
        return texts[code]()
