from odoo import models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _action_done(self):
        result = super()._action_done()
        self.move_ids.aftersales_part_request_line_id.request_id._check_delivered()
        return result
