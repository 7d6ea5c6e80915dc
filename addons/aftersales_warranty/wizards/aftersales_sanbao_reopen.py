from odoo import fields, models


class AftersalesSanbaoReopen(models.TransientModel):
    """A warranty officer reopens a decided 三包 request; the reason stays in its chatter."""

    _name = "aftersales.sanbao.reopen"
    _description = "Reopen a 三包 Request"

    request_id = fields.Many2one("aftersales.sanbao.request", required=True)
    reason = fields.Text(required=True)

    def action_reopen(self):
        self.ensure_one()
        self.request_id.action_reopen(self.reason)
        return {"type": "ir.actions.act_window_close"}
