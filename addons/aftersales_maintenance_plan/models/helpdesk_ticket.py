from odoo import fields, models


class HelpdeskTicket(models.Model):
    """A case shows the maintenance plans of its vehicle, and the visit it came from."""

    _inherit = "helpdesk.ticket"

    maintenance_plan_count = fields.Integer(related="vehicle_id.maintenance_plan_count", string="Maintenance Plans")
    origin_fsm_order_ids = fields.One2many("fsm.order", "followup_ticket_id", string="Found on Visits")

    def action_aftersales_view_maintenance_plans(self):
        self.ensure_one()
        return self.vehicle_id.action_aftersales_view_maintenance_plans()
