from odoo import api, fields, models


class RepairOrder(models.Model):
    _inherit = "repair.order"

    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", tracking=True, check_company=True)
    ticket_id = fields.Many2one("helpdesk.ticket", string="Case", index="btree_not_null", tracking=True)

    @api.onchange("vehicle_id")
    def _onchange_vehicle_id(self):
        if self.vehicle_id:
            self.partner_id = self.partner_id or self.vehicle_id.partner_id
            if self.vehicle_id.lot_id and not self.product_id:
                self.product_id = self.vehicle_id.product_id
                self.lot_id = self.vehicle_id.lot_id
