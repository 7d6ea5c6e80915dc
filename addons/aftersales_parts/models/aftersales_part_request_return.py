from odoo import api, fields, models


class AftersalesPartRequest(models.Model):
    """旧件返厂: old parts worth more than the threshold come back for quality inspection, by a due date.

    The returns themselves are ``aftersales.old.part.return`` records, shared with warranty claims; the
    request shows their receipt, earliest due date and whether one is overdue.
    """

    _inherit = "aftersales.part.request"

    return_ids = fields.Many2many("aftersales.old.part.return", compute="_compute_returns", string="Old-Part Returns")
    return_picking_id = fields.Many2one("stock.picking", compute="_compute_returns", string="Old-Part Return")
    return_due_date = fields.Date(compute="_compute_returns")
    return_overdue = fields.Boolean(compute="_compute_returns", search="_search_return_overdue")

    @api.depends("line_ids.return_id.due_date", "line_ids.return_id.state")
    @api.depends_context("date")
    def _compute_returns(self):
        for request in self:
            returns = request.line_ids.return_id
            request.return_ids = returns
            request.return_picking_id = returns.picking_id[:1]
            request.return_due_date = min(returns.mapped("due_date"), default=False)
            request.return_overdue = returns._is_overdue()

    def _search_return_overdue(self, operator, value):
        positive = (operator == "=") == bool(value)
        return [("line_ids.return_id", "any" if positive else "not any", [("overdue", "=", True)])]

    def _create_old_part_returns(self):
        Return = self.env["aftersales.old.part.return"]
        for request in self:
            lines = request.line_ids.filtered("return_required")
            if not lines:
                continue
            Return._ask_back(
                lines, request.company_id, request.station_id or request.partner_id, request.name, request.repair_id
            )
