from odoo import fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    repair_ids = fields.One2many("repair.order", "vehicle_id", string="Repairs")
    repair_count = fields.Integer(compute="_compute_repair_count")

    def _compute_repair_count(self):
        counts = dict(
            self.env["repair.order"]._read_group([("vehicle_id", "in", self.ids)], ["vehicle_id"], ["__count"])
        )
        for vehicle in self:
            vehicle.repair_count = counts.get(vehicle, 0)

    def action_view_repairs(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("repair.action_repair_order_tree")
        action["domain"] = [("vehicle_id", "=", self.id)]
        action["context"] = {"default_vehicle_id": self.id, "default_partner_id": self.partner_id.id}
        return action

    def _factory_record_part_changes(self):
        """Parts worth sending back to the factory (above the old-part threshold) fitted by finished jobs:
        the major part replacements of the vehicle's factory record (表1)."""
        rows = super()._factory_record_part_changes()
        self.ensure_one()
        moves = self.env["stock.move"].search(
            [
                ("repair_id.vehicle_id", "=", self.id),
                ("repair_id.state", "=", "done"),
                ("repair_line_type", "=", "add"),
            ],
            order="date, id",
        )
        threshold = self.company_id.aftersales_old_part_threshold
        for move in moves.filtered(lambda m: m.product_id.lst_price > threshold):
            job = move.repair_id
            code = move.product_id.default_code or ""
            rows.append(
                (
                    fields.Date.to_string(job.aftersales_done_date) if job.aftersales_done_date else "",
                    move.product_id.name,
                    code,
                    code,
                    job.customer_complaint or job.name,
                    job.user_id.name or "",
                )
            )
        return rows
