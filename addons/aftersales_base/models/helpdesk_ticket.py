from odoo import api, fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", tracking=True)

    @api.onchange("vehicle_id")
    def _onchange_vehicle_id(self):
        if self.vehicle_id.partner_id and not self.partner_id:
            self.partner_id = self.vehicle_id.partner_id
