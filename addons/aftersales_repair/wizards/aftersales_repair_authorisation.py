from odoo import fields, models

from ..models.aftersales_added_work_mixin import AUTHORISATION_METHODS


class AftersalesRepairAuthorisation(models.TransientModel):
    """The customer agrees to the work added after the job was confirmed (同意并授权)."""

    _name = "aftersales.repair.authorisation"
    _description = "Added Work Authorisation"

    repair_id = fields.Many2one("repair.order", required=True)
    authorised_by = fields.Char(required=True, help="Who agreed: the customer or their representative.")
    authorised_method = fields.Selection(AUTHORISATION_METHODS, string="How", required=True, default="phone")
    labour_ids = fields.One2many(related="repair_id.labour_ids", string="Labour")
    move_ids = fields.One2many(related="repair_id.move_ids", string="Parts")

    def action_authorise(self):
        self.ensure_one()
        self.repair_id._authorise_added_work(self.authorised_by, self.authorised_method)
        return {"type": "ir.actions.act_window_close"}
