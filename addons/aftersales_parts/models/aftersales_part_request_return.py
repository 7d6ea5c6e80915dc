from datetime import timedelta

from odoo import api
from odoo import fields
from odoo import models


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
        for request in self:
            lines = request.line_ids.filtered("return_required")
            if not lines:
                continue
            company = request.company_id
            warehouse = self.env["stock.warehouse"].search([("company_id", "=", company.id)], limit=1)
            destination = (
                company.aftersales_old_part_location_id
                or self.env.ref("aftersales_parts.location_old_parts", raise_if_not_found=False)
                or warehouse.lot_stock_id
            )
            source = self.env.ref("stock.stock_location_customers")
            due = fields.Date.context_today(self) + timedelta(days=company.aftersales_old_part_days)
            picking = self.env["stock.picking"].create(
                {
                    "picking_type_id": warehouse.in_type_id.id,
                    "partner_id": (request.station_id or request.partner_id).id,
                    "origin": self.env._("Old parts of %(request)s", request=request.name),
                    "location_id": source.id,
                    "location_dest_id": destination.id,
                    "scheduled_date": fields.Datetime.to_datetime(due),
                    "move_ids": [
                        fields.Command.create(line._transfer_move_values(source, destination)) for line in lines
                    ],
                }
            )
            picking.action_confirm()
            for line, move in zip(lines, picking.move_ids, strict=True):
                line.return_move_id = move
            request.write({"return_picking_id": picking.id, "return_due_date": due})
