from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import html2plaintext

from odoo.addons.aftersales_base.tools.workflow import workflow_writes


class RepairOrder(models.Model):
    """A job's warranty lines become a claim: the station claims from us, or we claim from the maker."""

    _inherit = "repair.order"

    warranty_claim_ids = fields.One2many("aftersales.warranty.claim", "repair_id", string="Warranty Claims")
    warranty_claim_count = fields.Integer(compute="_compute_warranty_claim_count")

    def _compute_warranty_claim_count(self):
        counts = dict(
            self.env["aftersales.warranty.claim"]._read_group(
                [("repair_id", "in", self.ids)], ["repair_id"], ["__count"]
            )
        )
        for repair in self:
            repair.warranty_claim_count = counts.get(repair, 0)

    def _warranty_claim_lines(self):
        """Claim lines for the job's warranty labour (hours x rate) and parts (at cost), covered share only."""
        self.ensure_one()
        lines = [
            fields.Command.create(
                {
                    "line_type": "labour",
                    "name": labour.name or labour.code,
                    "std_hours": labour.std_hours,
                    "rate": labour.rate,
                    "covered_pct": labour.covered_pct or 100.0,
                    "repair_labour_id": labour.id,
                }
            )
            for labour in self.labour_ids.filtered(lambda line: line.pay_type == "warranty")
        ]
        lines += [
            fields.Command.create(
                {
                    "line_type": "part",
                    "product_id": move.product_id.id,
                    "name": move.product_id.display_name,
                    "quantity": move.product_uom_qty,
                    "unit_amount": move.product_id.standard_price,
                    "covered_pct": move.covered_pct or 100.0,
                    "repair_move_id": move.id,
                }
            )
            for move in self.move_ids.filtered(lambda m: m.repair_line_type == "add" and m.pay_type == "warranty")
        ]
        return lines

    def action_create_warranty_claim(self):
        """Draft a claim from the job: a station's job is claimed from us, our own from the maker."""
        self.ensure_one()
        if not self.vehicle_id:
            raise UserError(self.env._("%(job)s has no vehicle to claim for.", job=self.name))
        lines = self._warranty_claim_lines()
        if not lines:
            raise UserError(self.env._("%(job)s has no warranty lines: check the warranty first.", job=self.name))
        partner = self.station_id or self.company_id.aftersales_manufacturer_id
        if not partner:
            raise UserError(self.env._("Set the manufacturer in the warranty settings to claim from it."))
        with workflow_writes():  # the lines carry the coverage the job was checked for
            claim = self.env["aftersales.warranty.claim"].create(
                {
                    "direction": "station" if self.station_id else "manufacturer",
                    "partner_id": partner.id,
                    "vehicle_id": self.vehicle_id.id,
                    "repair_id": self.id,
                    "failure_date": fields.Date.context_today(
                        self, self.reception_date or self.create_date or fields.Datetime.now()
                    ),
                    "odometer": self.odometer_in,
                    "cause": html2plaintext(self.internal_notes or ""),
                    "line_ids": lines,
                    "company_id": self.company_id.id,
                }
            )
        return self.action_view_warranty_claims(claim)

    def action_view_warranty_claims(self, claims=None):
        claims = claims or self.warranty_claim_ids
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_warranty.action_warranty_claim")
        if len(claims) == 1:
            action.update({"res_id": claims.id, "view_mode": "form", "views": [(False, "form")]})
        else:
            action["domain"] = [("id", "in", claims.ids)]
        return action
