from datetime import timedelta

from odoo import api
from odoo import fields
from odoo import models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _action_done(self):
        result = super()._action_done()
        self.move_ids.aftersales_part_request_line_id.request_id._check_delivered()
        return result

    @api.model
    def _aftersales_create_old_part_return(self, company, partner, origin, parts):
        """旧件返厂: one confirmed receipt bringing ``parts`` ((product, quantity) pairs) back for inspection.

        Returns the receipt and its due date (the company's old-part return days from today); the moves
        follow the order of ``parts``.
        """
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
                        }
                    )
                    for product, quantity in parts
                ],
            }
        )
        picking.action_confirm()
        return picking, due
