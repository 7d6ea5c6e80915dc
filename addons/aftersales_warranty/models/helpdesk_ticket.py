from odoo import api, fields, models

from ..tools.coverage import decide


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    sanbao_entitlement = fields.Selection(related="vehicle_id.sanbao_entitlement")
    sanbao_reasons = fields.Text(related="vehicle_id.sanbao_reasons")
    # Stored: 保修内服务及时率 (001) counts and groups the in-warranty cases in PostgreSQL.
    in_warranty = fields.Boolean(
        compute="_compute_in_warranty",
        store=True,
        index=True,
        help="The vehicle's whole-vehicle warranty covered the day and odometer the case was reported at.",
    )

    @api.depends("vehicle_id.warranty_ids", "reported_date", "odometer")
    def _compute_in_warranty(self):
        coverages = self.vehicle_id._warranty_coverages()
        for ticket in self:
            vehicle = ticket.vehicle_id
            reported = ticket.reported_date or fields.Datetime.now()
            ticket.in_warranty = (
                bool(vehicle)
                and decide(coverages[vehicle.id], False, reported.date(), ticket.odometer or None)["covered"]
            )

    @api.model
    def _in_warranty_timeliness_counts(self, start, end):
        """(in-warranty cases reported in [start, end], those of them that met or are meeting their SLA); a
        case with no SLA target is not measured."""
        domain = [
            ("in_warranty", "=", True),
            ("sla_state", "!=", False),
            ("reported_date", ">=", start),
            ("reported_date", "<=", end),
        ]
        by_state = dict(self._read_group(domain, ["sla_state"], ["__count"]))
        total = sum(by_state.values())
        return total, total - by_state.get("breached", 0)

    def action_new_sanbao_request(self):
        """The customer asks for an exchange or a refund: a 三包 request for the case's vehicle."""
        self.ensure_one()
        return self.vehicle_id.with_context(default_ticket_id=self.id).action_new_sanbao_request()
