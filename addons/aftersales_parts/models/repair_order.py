from odoo import fields, models


class RepairOrder(models.Model):
    _inherit = "repair.order"

    part_request_ids = fields.One2many("aftersales.part.request", "repair_id", string="Part Requests")
    part_request_count = fields.Integer(compute="_compute_part_request_count")

    def _compute_part_request_count(self):
        counts = dict(
            self.env["aftersales.part.request"]._read_group([("repair_id", "in", self.ids)], ["repair_id"], ["__count"])
        )
        for repair in self:
            repair.part_request_count = counts.get(repair, 0)

    def action_repair_done(self):
        result = super().action_repair_done()
        self.part_request_ids._check_delivered()
        return result

    def action_view_part_requests(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_parts.aftersales_part_request_action")
        action["domain"] = [("repair_id", "=", self.id)]
        action["context"] = {"default_repair_id": self.id}
        return action
