from odoo import fields, models

from ..models.aftersales_signed_paper import SIGNED_PAPERS


class AftersalesRepairSign(models.TransientModel):
    """The customer signs a paper of the job on the adviser's tablet (Odoo's signature widget)."""

    _name = "aftersales.repair.sign"
    _description = "Customer Signature"

    repair_id = fields.Many2one("repair.order", required=True)
    paper = fields.Selection(SIGNED_PAPERS, required=True)
    signed_by = fields.Char(string="Name", required=True, help="Who signs: the customer or their representative.")
    signature = fields.Binary(required=True)

    def action_sign(self):
        self.ensure_one()
        self.repair_id._aftersales_sign(self.paper, self.signature, self.signed_by)
        return {"type": "ir.actions.act_window_close"}
