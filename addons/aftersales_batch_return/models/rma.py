from odoo import fields, models


class Rma(models.Model):
    _inherit = "rma"

    batch_return_id = fields.Many2one("aftersales.batch.return", readonly=True, index="btree_not_null", copy=False)

    def update_received_state_on_reception(self):
        """The batch return leaves the warehouse's stage once all its goods are received."""
        res = super().update_received_state_on_reception()
        self.batch_return_id._on_rmas_received()
        return res

    def update_returned_state(self):
        """The batch return is done once all its goods went back to the dealer."""
        res = super().update_returned_state()
        self.batch_return_id._on_rmas_returned()
        return res
