from odoo import api, fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    training_attendee_ids = fields.One2many("aftersales.training.attendee", "vehicle_id", string="Trained Operators")
    operators_trained = fields.Boolean(
        compute="_compute_operators_trained",
        store=True,
        help="At least one of its operators passed training (新车交接后培训达标).",
    )

    @api.depends("training_attendee_ids.result")
    def _compute_operators_trained(self):
        for vehicle in self:
            vehicle.operators_trained = any(a.result == "passed" for a in vehicle.training_attendee_ids)

    @api.model
    def _training_pass_rate(self, date_from, date_to):
        """新车交接后培训达标率 over the vehicles handed over between the dates: ``(handed over, trained)``,
        counted in PostgreSQL."""
        counts = dict(
            self._read_group(
                [("delivery_date", ">=", date_from), ("delivery_date", "<=", date_to)],
                ["operators_trained"],
                ["__count"],
            )
        )
        return sum(counts.values()), counts.get(True, 0)

    def action_view_training(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id("aftersales_training.aftersales_training_attendee_action")
        action["domain"] = [("vehicle_id", "=", self.id)]
        action["context"] = {"search_default_group_result": 0}
        return action
