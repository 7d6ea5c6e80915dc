from odoo import fields, models


class AftersalesRepairInspection(models.TransientModel):
    """Final inspection (总检) with its road-test record (试车技术卡)."""

    _name = "aftersales.repair.inspection"
    _description = "Final Inspection"

    repair_id = fields.Many2one("repair.order", required=True)
    result = fields.Selection([("passed", "Passed"), ("failed", "Failed")], required=True, default="passed")
    road_test_km = fields.Float(string="Road Test (km)")
    road_test_notes = fields.Text(string="Road Test Record")
    notes = fields.Text(help="What was checked; for a failure, what must be redone.")

    def action_record(self):
        self.ensure_one()
        self.repair_id._record_inspection(self.result == "passed", self.notes, self.road_test_km, self.road_test_notes)
        return {"type": "ir.actions.act_window_close"}
