from odoo import api, fields, models
from odoo.tools import plaintext2html

from odoo.addons.aftersales_base.tools.workflow import workflow_writes


class FsmOrder(models.Model):
    """The dispatch order of a maintenance visit; what the visit cannot fix becomes a case (W6)."""

    _inherit = "fsm.order"

    maintenance_visit_id = fields.Many2one(
        "aftersales.maintenance.visit", readonly=True, copy=False, index="btree_not_null"
    )
    maintenance_visit_type = fields.Selection(related="maintenance_visit_id.visit_type", string="Visit Type")
    maintenance_visit_label = fields.Char(compute="_compute_maintenance_visit_label", string="Visit")
    followup_ticket_id = fields.Many2one(
        "helpdesk.ticket",
        string="Follow-up Case",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The case opened for a problem found on this visit and not fixed on site.",
    )

    @api.depends("maintenance_visit_id.visit_type")
    def _compute_maintenance_visit_label(self):
        types = dict(self.env["aftersales.maintenance.visit"]._fields["visit_type"]._description_selection(self.env))
        for order in self:
            order.maintenance_visit_label = types.get(order.maintenance_visit_type, False)

    @api.model_create_multi
    def create(self, vals_list):
        # Field Service's recurring orders reset the latest date to the start plus the frequency's buffer;
        # a maintenance visit keeps its own window.
        windows = [vals.get("maintenance_visit_id") and vals.get("request_late") for vals in vals_list]
        orders = super().create(vals_list)
        for order, request_late in zip(orders, windows, strict=True):
            if request_late:
                order.request_late = request_late
        return orders

    def write(self, vals):
        result = super().write(vals)
        if "stage_id" in vals:
            self._aftersales_sync_visits()
        return result

    def _aftersales_sync_visits(self):
        """A visit is done when its order is completed, cancelled when its order is."""
        completed = self.env.ref("fieldservice.fsm_stage_completed")
        cancelled = self.env.ref("fieldservice.fsm_stage_cancelled")
        visits = self.sudo().maintenance_visit_id
        with workflow_writes():
            visits.filtered(lambda v: v.fsm_order_id.stage_id == completed).write({"state": "done"})
            visits.filtered(lambda v: v.fsm_order_id.stage_id == cancelled).write({"state": "cancelled"})
            visits.filtered(
                lambda v: v.state in ("done", "cancelled") and v.fsm_order_id.stage_id not in completed | cancelled
            ).write({"state": "notified"})

    def _aftersales_notify_maintenance_visit(self):
        """7 days ahead (004): the customer is told of the visit, by e-mail and in the order's messages."""
        template = self.env.ref("aftersales_maintenance_plan.mail_template_maintenance_visit_notice")
        for order in self.filtered(lambda o: o.location_id.owner_id):
            order.with_context(lang=order.location_id.owner_id.lang).message_post_with_source(
                template, message_type="comment", subtype_xmlid="mail.mt_comment"
            )

    def action_aftersales_open_followup_case(self):
        """A problem the visit could not fix becomes a case for the call centre (W6 difficult-problem loop)."""
        self.ensure_one()
        self.check_access("write")
        if self.followup_ticket_id:
            return self.action_aftersales_view_followup_case()
        customer = self.location_id.owner_id.commercial_partner_id
        last_record = self.aftersales_record_ids.sorted("id")[-1:]
        findings = "\n".join(filter(None, [last_record.found, last_record.analysis]))
        # The engineer reports from their order; the case itself is the call centre's to handle.
        ticket = (
            self.env["helpdesk.ticket"]
            .sudo()
            .create(
                {
                    "name": self.env._("Found on maintenance visit %(order)s", order=self.name),
                    "partner_id": customer.id,
                    "vehicle_id": self.vehicle_id.id,
                    "station_id": self.station_id.id,
                    "description": plaintext2html(findings or self.description or self.name),
                }
            )
        )
        self.sudo().followup_ticket_id = ticket
        self.message_post(
            body=self.env._("Case %(case)s opened for what this visit could not fix.", case=ticket.display_name)
        )
        return self.action_aftersales_view_followup_case()

    def action_aftersales_view_followup_case(self):
        self.ensure_one()
        if not self.env["helpdesk.ticket"].has_access("read"):
            return True
        return {
            "type": "ir.actions.act_window",
            "res_model": "helpdesk.ticket",
            "res_id": self.followup_ticket_id.id,
            "view_mode": "form",
        }
