from odoo import api, fields, models


class AftersalesFsmReschedule(models.TransientModel):
    """The dispatcher moves an appointment the engineer cannot keep 5 minutes early, or hands it to another
    engineer (004), with the reason."""

    _name = "aftersales.fsm.reschedule"
    _description = "Reschedule or Reassign a Dispatch Order"

    order_id = fields.Many2one("fsm.order", required=True, ondelete="cascade")
    scheduled_date_start = fields.Datetime(string="New Appointment")
    person_id = fields.Many2one("fsm.person", string="Engineer")
    reason = fields.Text(required=True, help="E.g. agreed with the customer by phone; engineer held up.")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        order = self.env["fsm.order"].browse(values.get("order_id") or self.env.context.get("active_id"))
        if order:
            values.update(
                order_id=order.id,
                scheduled_date_start=order.scheduled_date_start,
                person_id=order.person_id.id,
            )
        return values

    def action_confirm(self):
        self.ensure_one()
        self.order_id._reschedule(self.scheduled_date_start, self.person_id, self.reason)
        return {"type": "ir.actions.act_window_close"}
