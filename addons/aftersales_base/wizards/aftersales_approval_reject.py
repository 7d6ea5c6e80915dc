from odoo import fields, models


class AftersalesApprovalReject(models.TransientModel):
    """Asks the approver why they reject, before rejecting."""

    _name = "aftersales.approval.reject"
    _description = "Reject an Approval Step"

    res_model = fields.Char(required=True)
    res_id = fields.Integer(required=True)
    reason = fields.Text(required=True)

    def action_reject(self):
        self.ensure_one()
        self.env[self.res_model].browse(self.res_id).action_reject(self.reason)
        return {"type": "ir.actions.act_window_close"}
