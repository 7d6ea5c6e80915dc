from datetime import timedelta

from odoo import api, fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _action_done(self):
        result = super()._action_done()
        self.move_ids.aftersales_part_request_line_id.request_id._check_delivered()
        return result

    @api.model
    def _aftersales_request_old_parts(self, company, partner, origin, parts):
        """旧件返厂: have ``parts`` ((product, quantity, repair job or empty) triples) brought back for
        inspection, each once.

        A part of a job that an earlier request already asked back (a part request, a warranty claim)
        keeps that receipt and its due date; the others come on one new confirmed receipt, due in the
        company's old-part return days. Returns a (receipt move, due date) pair per part, in order.
        """
        repairs = self.env["repair.order"].union(*(repair for _product, _quantity, repair in parts))
        pending = {
            (move.aftersales_old_part_repair_id.id, move.product_id.id): move
            for move in self.env["stock.move"].search(
                [("aftersales_old_part_repair_id", "in", repairs.ids), ("state", "!=", "cancel")], order="id"
            )
        }
        moves = [pending.get((repair.id, product.id)) if repair else None for product, _quantity, repair in parts]
        new = [index for index, move in enumerate(moves) if not move]
        if new:
            picking, _due = self._aftersales_create_old_part_return(company, partner, origin, [parts[i] for i in new])
            for index, move in zip(new, picking.move_ids, strict=True):
                moves[index] = move
        return [(move, move.aftersales_old_part_due_date) for move in moves]

    @api.model
    def _aftersales_create_old_part_return(self, company, partner, origin, parts):
        """One confirmed receipt bringing ``parts`` ((product, quantity, repair) triples) back by the
        company's old-part return days from today; the moves follow the order of ``parts``."""
        warehouse = self.env["stock.warehouse"].search([("company_id", "=", company.id)], limit=1)
        destination = (
            company.aftersales_old_part_location_id
            or self.env.ref("aftersales_parts.location_old_parts", raise_if_not_found=False)
            or warehouse.lot_stock_id
        )
        source = self.env.ref("stock.stock_location_customers")
        due = fields.Date.context_today(self) + timedelta(days=company.aftersales_old_part_days)
        picking = self.create(
            {
                "picking_type_id": warehouse.in_type_id.id,
                "partner_id": partner.id,
                "origin": origin,
                "location_id": source.id,
                "location_dest_id": destination.id,
                "scheduled_date": fields.Datetime.to_datetime(due),
                "company_id": company.id,
                "move_ids": [
                    fields.Command.create(
                        {
                            "name": product.display_name,
                            "product_id": product.id,
                            "product_uom_qty": quantity,
                            "product_uom": product.uom_id.id,
                            "location_id": source.id,
                            "location_dest_id": destination.id,
                            "aftersales_old_part_repair_id": repair.id,
                            "aftersales_old_part_due_date": due,
                        }
                    )
                    for product, quantity, repair in parts
                ],
            }
        )
        picking.action_confirm()
        return picking, due
