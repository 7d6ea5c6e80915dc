from odoo import api, fields, models


class AftersalesPartRequest(models.Model):
    """旧件返厂: old parts worth more than the threshold come back for quality inspection, by a due date."""

    _inherit = "aftersales.part.request"

    return_picking_id = fields.Many2one("stock.picking", string="Old-Part Return", copy=False, readonly=True)
    return_due_date = fields.Date(copy=False, readonly=True, tracking=True)
    return_overdue = fields.Boolean(compute="_compute_return_overdue", search="_search_return_overdue")

    @api.depends("return_due_date", "return_picking_id.state")
    def _compute_return_overdue(self):
        today = fields.Date.context_today(self)
        for request in self:
            request.return_overdue = bool(
                request.return_due_date
                and request.return_due_date < today
                and request.return_picking_id.state not in ("done", "cancel")
            )

    def _search_return_overdue(self, operator, value):
        overdue = [
            ("return_due_date", "<", fields.Date.context_today(self)),
            ("return_picking_id.state", "not in", ("done", "cancel")),
        ]
        positive = (operator == "=") == bool(value)
        return overdue if positive else ["!", "&", *overdue]

    def _create_old_part_returns(self):
        Picking = self.env["stock.picking"]
        for request in self:
            lines = request.line_ids.filtered("return_required")
            if not lines:
                continue
            returns = Picking._aftersales_request_old_parts(
                request.company_id,
                request.station_id or request.partner_id,
                self.env._("Old parts of %(request)s", request=request.name),
                [(line.product_id, line.quantity, request.repair_id) for line in lines],
            )
            for line, (move, _due) in zip(lines, returns, strict=True):
                line.return_move_id = move
            request.write(
                {
                    "return_picking_id": returns[0][0].picking_id.id,
                    "return_due_date": min(due for _move, due in returns),
                }
            )
