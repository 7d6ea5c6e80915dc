from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes, workflow_writes_allowed

from ..tools.fsm_sla import SERVICE_ZONE_TO_FSM_ZONE, onsite_deadline, onsite_state, pick_minutes
from .aftersales_fsm_record import KIND_TO_TYPE
from .aftersales_fsm_sla_rule import DISPATCH_KINDS, FSM_ZONES

SLA_STATES = [("on_track", "On Track"), ("at_risk", "At Risk"), ("breached", "Breached"), ("met", "Met")]
PHONE_FOLLOW_UP_HOURS = 2  # 004: call the customer back two hours after guidance given by phone


class FsmOrder(models.Model):
    """售后派遣单: an engineer sent to a customer's site for a case or a vehicle; the on-site SLA runs
    from the dispatch to the arrival."""

    _name = "fsm.order"
    _inherit = ["fsm.order", "aftersales.station.mixin"]

    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", tracking=True)
    dispatch_kind = fields.Selection(
        DISPATCH_KINDS, string="Kind of Dispatch", required=True, default="on_site", tracking=True, index=True
    )
    dispatched_at = fields.Datetime(copy=False, tracking=True, help="When the engineer was sent; the SLA starts here.")
    arrived_at = fields.Datetime(copy=False, tracking=True, help="Arrival on site.")
    sla_zone = fields.Selection(
        FSM_ZONES,
        string="Zone",
        compute="_compute_sla_zone",
        store=True,
        readonly=False,
        help="Where the site is, seen from the station: it selects the minutes allowed to reach it.",
    )
    sla_minutes = fields.Integer(
        string="Minutes Allowed", compute="_compute_sla_deadline", store=True, help="From the on-site SLA rules."
    )
    sla_deadline = fields.Datetime(string="On-Site Deadline", compute="_compute_sla_deadline", store=True)
    sla_state = fields.Selection(SLA_STATES, string="On-Site SLA", compute="_compute_sla_state")
    aftersales_currency_id = fields.Many2one(related="company_id.currency_id", string="Currency")
    fee_line_ids = fields.One2many("aftersales.fsm.fee.line", "order_id", string="Fees", copy=False)
    fee_total = fields.Monetary(
        string="Total Fees", compute="_compute_fee_total", store=True, currency_field="aftersales_currency_id"
    )
    aftersales_record_ids = fields.One2many("aftersales.fsm.record", "order_id", string="On-Site Records")
    aftersales_record_count = fields.Integer(compute="_compute_aftersales_record_count", string="Records")

    @api.depends("location_id")
    def _compute_sla_zone(self):
        for order in self:
            zone = order.location_id.partner_id.service_zone or order.location_id.owner_id.service_zone
            order.sla_zone = SERVICE_ZONE_TO_FSM_ZONE.get(zone) or order.sla_zone or "city"

    @api.depends("dispatched_at", "dispatch_kind", "sla_zone", "company_id")
    def _compute_sla_deadline(self):
        rules = self.env["aftersales.fsm.sla.rule"]._rules_by_key(self.company_id)
        for order in self:
            minutes = pick_minutes(rules, order.company_id.id, order.dispatch_kind, order.sla_zone)
            order.sla_minutes = minutes or 0
            order.sla_deadline = onsite_deadline(order.dispatched_at, minutes)

    @api.depends("sla_deadline", "arrived_at", "dispatched_at")
    def _compute_sla_state(self):
        now = fields.Datetime.now()
        for order in self:
            order.sla_state = onsite_state(now, order.dispatched_at, order.sla_deadline, order.arrived_at) or False

    @api.depends("fee_line_ids.amount")
    def _compute_fee_total(self):
        for order in self:
            order.fee_total = sum(order.fee_line_ids.mapped("amount"))

    def _compute_aftersales_record_count(self):
        counts = dict(
            self.env["aftersales.fsm.record"]._read_group([("order_id", "in", self.ids)], ["order_id"], ["__count"])
        )
        for order in self:
            order.aftersales_record_count = counts.get(order, 0)

    @api.constrains("dispatched_at", "arrived_at")
    def _check_arrival_after_dispatch(self):
        for order in self:
            if order.arrived_at and not order.dispatched_at:
                raise ValidationError(
                    self.env._("%(order)s: record the dispatch before the arrival on site.", order=order.name)
                )
            if order.arrived_at and order.arrived_at < order.dispatched_at:
                raise ValidationError(
                    self.env._(
                        "%(order)s: the arrival (%(arrived)s) is before the dispatch (%(dispatched)s).",
                        order=order.name,
                        arrived=fields.Datetime.to_string(order.arrived_at),
                        dispatched=fields.Datetime.to_string(order.dispatched_at),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not (vals.get("location_id") or self.env.context.get("default_location_id")):
                raise UserError(
                    self.env._("A dispatch order needs the customer's service location: where is the engineer going?")
                )
        orders = super().create(vals_list)
        orders.filtered("arrived_at")._mark_case_onsite()
        return orders

    def write(self, vals):
        self._check_clock_writes(vals)
        self._check_stage_writes(vals)
        result = super().write(vals)
        if vals.get("arrived_at"):
            self._mark_case_onsite()
        return result

    def _check_clock_writes(self, vals):
        """The SLA clock is the engineer's buttons; only a dispatcher corrects a time reported by phone."""
        if self.env.su or workflow_writes_allowed() or not {"dispatched_at", "arrived_at"} & set(vals):
            return
        if not self.env.user.has_group("fieldservice.group_fsm_dispatcher"):
            raise AccessError(
                self.env._(
                    "Only a dispatcher corrects the dispatch and arrival times: record them with the "
                    "Dispatch and Arrived on Site buttons."
                )
            )

    def _check_stage_writes(self, vals):
        """An engineer moves their order by its buttons: Complete Visit wants the customer's signature, and
        cancelling or reopening an order is the dispatcher's."""
        if "stage_id" not in vals or self.env.su or workflow_writes_allowed():
            return
        if not self.env.user.has_group("fieldservice.group_fsm_dispatcher"):
            raise AccessError(
                self.env._(
                    "Only a dispatcher moves a dispatch order between stages: finish the visit with Complete "
                    "Visit once the customer has signed."
                )
            )

    def _mark_case_onsite(self):
        """The case's on-site milestone (its SLA) is met by the first arrival of its dispatch orders."""
        # The engineer does not see cases: the milestone follows from the order, not from their rights.
        for order in self.sudo().filtered(lambda o: o.ticket_id and not o.ticket_id.onsite_date):
            order.ticket_id.onsite_date = order.arrived_at

    def action_aftersales_dispatch(self):
        """The engineer leaves now: the on-site clock starts."""
        for order in self:
            if order.dispatched_at:
                raise UserError(self.env._("%(order)s is already dispatched.", order=order.name))
        with workflow_writes():
            self.write({"dispatched_at": fields.Datetime.now()})
        return True

    def action_aftersales_arrive(self):
        """The engineer is on site now."""
        now = fields.Datetime.now()
        for order in self:
            if order.arrived_at:
                raise UserError(self.env._("%(order)s already records an arrival.", order=order.name))
            with workflow_writes():
                order.write({"arrived_at": now, "date_start": order.date_start or now})
        return True

    def action_aftersales_done_by_phone(self):
        """Guidance given by phone closes the order; the customer is called back two hours later."""
        others = self.filtered(lambda o: o.dispatch_kind != "phone_guidance")
        if others:
            raise UserError(self.env._("%(orders)s is not a phone guidance.", orders=", ".join(others.mapped("name"))))
        now = fields.Datetime.now()
        due = now + timedelta(hours=PHONE_FOLLOW_UP_HOURS)
        for order in self:
            order.activity_schedule(
                "mail.mail_activity_data_call",
                date_deadline=fields.Date.context_today(order, due),
                summary=self.env._(
                    "Follow up the phone guidance at %(time)s",
                    time=fields.Datetime.context_timestamp(order, due).strftime("%H:%M"),
                ),
                user_id=self.env.user.id,
            )
        self.filtered(lambda o: not o.date_end).write({"date_end": now})
        with workflow_writes():
            return self.action_complete()

    def action_aftersales_complete(self):
        """The engineer closes the visit: the customer has signed what was done."""
        unsigned = self.filtered(
            lambda o: o.dispatch_kind != "phone_guidance" and not any(o.aftersales_record_ids.mapped("is_signed"))
        )
        if unsigned:
            raise UserError(
                self.env._(
                    "%(orders)s has no on-site record signed by the customer yet.",
                    orders=", ".join(unsigned.mapped("name")),
                )
            )
        self.check_access("write")
        self.filtered(lambda o: not o.date_end).write({"date_end": fields.Datetime.now()})
        # Completing reads the case (helpdesk_mgmt_fieldservice), which the engineer does not see: the
        # engineer may write these orders (checked above), the rest follows from it.
        result = self.sudo().action_complete()
        # The case's closing wizard is the call centre's; the engineer's part ends here.
        if isinstance(result, dict) and not self.env[result["res_model"]].has_access("create"):
            return True
        return result

    def action_aftersales_apply_fee_schedule(self):
        """Replace the fees taken from the schedule by the rules of the order's zone (and any zone)."""
        rules = self.env["aftersales.fsm.fee.rule"].search([("company_id", "in", self.company_id.ids)])
        commands_by_order = {}
        for order in self:
            hours = sum(order.aftersales_record_ids.mapped("hours_on_site")) or 1.0
            commands = [fields.Command.unlink(line.id) for line in order.fee_line_ids if line.rule_id]
            for rule in rules.filtered(
                lambda r, o=order: r.company_id == o.company_id and r.zone in (False, o.sla_zone)
            ):
                commands.append(
                    fields.Command.create(
                        {
                            "rule_id": rule.id,
                            "name": rule.name,
                            "kind": rule.kind,
                            "sequence": rule.sequence,
                            "quantity": hours if rule.kind == "hourly" else 1.0,
                            "unit_amount": rule.amount,
                        }
                    )
                )
            commands_by_order[order] = commands
        for order, commands in commands_by_order.items():
            order.fee_line_ids = commands
        return True

    def action_aftersales_new_record(self):
        """Open a new on-site record of the order's kind."""
        self.ensure_one()
        self.env["aftersales.fsm.record"]._check_order_started(self)
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.fsm.record",
            "view_mode": "form",
            "context": {
                "default_order_id": self.id,
                "default_record_type": KIND_TO_TYPE.get(self.dispatch_kind, "site_service"),
            },
        }

    def action_aftersales_view_records(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id("aftersales_fieldservice.aftersales_fsm_record_action")
        action["domain"] = [("order_id", "=", self.id)]
        action["context"] = {"default_order_id": self.id}
        return action

    def _portal_signed_records(self):
        """What the customer sees on the portal: only records they signed, which no longer change."""
        return self.aftersales_record_ids.filtered("is_signed")
