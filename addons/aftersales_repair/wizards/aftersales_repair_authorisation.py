from odoo import fields, models
from odoo.exceptions import UserError

from ..models.aftersales_added_work_mixin import AUTHORISATION_METHODS


class AftersalesRepairAuthorisation(models.TransientModel):
    """The customer agrees to the work added after the job was confirmed (同意并授权)."""

    _name = "aftersales.repair.authorisation"
    _description = "Added Work Authorisation"

    repair_id = fields.Many2one("repair.order", required=True)
    authorised_by = fields.Char(required=True, help="Who agreed: the customer or their representative.")
    authorised_method = fields.Selection(AUTHORISATION_METHODS, string="How", required=True, default="phone")
    signature = fields.Binary(
        help="Signed on the adviser's tablet: the work order with the added work is signed as a new version."
    )
    labour_ids = fields.One2many(related="repair_id.labour_ids", string="Labour")
    move_ids = fields.One2many(related="repair_id.move_ids", string="Parts")

    def action_authorise(self):
        self.ensure_one()
        if self.authorised_method == "signature" and not self.signature:
            raise UserError(self.env._("The customer signs on the tablet to authorise by signature."))
        self.repair_id._authorise_added_work(self.authorised_by, self.authorised_method)
        if self.authorised_method == "signature":
            # The signature is kept with the work order as it now reads, added work included.
            self.repair_id._aftersales_sign("work_order", self.signature, self.authorised_by)
        return {"type": "ir.actions.act_window_close"}
