from odoo import fields, models


class HelpdeskTicket(models.Model):
    """A case shows the maintenance plans of its vehicle, and the visit it came from."""

    _inherit = "helpdesk.ticket"

    maintenance_plan_count = fields.Integer(compute="_compute_maintenance_plan_count", string="Maintenance Plans")
    origin_fsm_order_ids = fields.One2many("fsm.order", "followup_ticket_id", string="Found on Visits")

    def _compute_maintenance_plan_count(self):
        """The plans of the case's vehicle that the user may read (not every station's)."""
        Plan = self.env["fsm.recurring"]
        counts = {}
        if Plan.has_access("read"):
            counts = dict(Plan._read_group([("vehicle_id", "in", self.vehicle_id.ids)], ["vehicle_id"], ["__count"]))
        for ticket in self:
            ticket.maintenance_plan_count = counts.get(ticket.vehicle_id, 0)

    def action_aftersales_view_maintenance_plans(self):
        self.ensure_one()
        return self.vehicle_id.action_aftersales_view_maintenance_plans()
