from odoo import api, fields, models
from odoo.exceptions import UserError


class AftersalesExitPass(models.Model):
    """出门证: parts leaving the site, approved by the same amount bands as part requests."""

    _name = "aftersales.exit.pass"
    _description = "Exit Pass"
    _check_company_auto = True
    _inherit = ["mail.thread", "aftersales.approval.mixin", "aftersales.numbered.mixin", "aftersales.rpc.mixin"]
    _sequence_code = "aftersales.exit.pass"
    _order = "id desc"
    _approval_amount_field = "amount_total"

    request_id = fields.Many2one(
        "aftersales.part.request", string="Part Request", index="btree_not_null", check_company=True
    )
    partner_id = fields.Many2one("res.partner", string="Carried To", required=True, check_company=True)
    carrier = fields.Char(help="Who takes the parts out, and the vehicle plate.")
    date_out = fields.Date(string="Leaves On", default=fields.Date.context_today, required=True)
    line_ids = fields.One2many("aftersales.exit.pass.line", "exit_pass_id", string="Parts", copy=True)
    amount_total = fields.Monetary(compute="_compute_amount_total", store=True, currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)

    @api.depends("line_ids.subtotal")
    def _compute_amount_total(self):
        for exit_pass in self:
            exit_pass.amount_total = sum(exit_pass.line_ids.mapped("subtotal"))

    def _approval_document_type(self):
        return "exit_pass"

    def action_submit(self):
        for exit_pass in self:
            if not exit_pass.line_ids:
                raise UserError(self.env._("List the parts leaving on %(doc)s first.", doc=exit_pass.name))
        return super().action_submit()

    def _aftersales_check_printable(self, report_name):
        for exit_pass in self:
            if exit_pass.approval_state != "approved":
                raise UserError(self.env._("%(doc)s can be printed once approved.", doc=exit_pass.name))

    def action_print(self):
        self._aftersales_check_printable("aftersales_parts.report_exit_pass")
        return self.env.ref("aftersales_parts.action_report_exit_pass").report_action(self)
