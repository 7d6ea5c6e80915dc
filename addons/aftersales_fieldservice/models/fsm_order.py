from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_datetime

from odoo.addons.aftersales_base.tools.workflow import workflow_writes, workflow_writes_allowed

from ..tools.fsm_sla import (
    SERVICE_ZONE_TO_FSM_ZONE,
    arrival_punctuality,
    onsite_deadline,
    onsite_state,
    pick_minutes,
    running_late_before,
)
from .aftersales_fsm_record import KIND_TO_TYPE
from .aftersales_fsm_sla_rule import DISPATCH_KINDS, FSM_ZONES

PUNCTUALITY = [("on_time", "On Time (5-10 min early)"), ("early", "Early"), ("late", "Late")]
# The appointment and who keeps it: moved by the dispatcher (Reschedule or Reassign), not by the engineer.
# (OCA moves the start when the end or the duration is written.)
DISPATCHER_FIELDS = ("person_id", "person_ids", "scheduled_date_start", "scheduled_date_end", "scheduled_duration")
# The SLA clock: the engineer's buttons, corrected by the dispatcher.
CLOCK_FIELDS = ("dispatched_at", "arrived_at")
# Kept by the buttons and jobs that set them.
BUTTON_FIELDS = ("reschedule_count", "late_warned", "follow_up_at")
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
    arrival_punctuality = fields.Selection(
        PUNCTUALITY,
        string="Punctuality",
        compute="_compute_arrival_punctuality",
        store=True,
        help="004: the engineer arrives 5 to 10 minutes before the appointment, or the order is rescheduled "
        "or reassigned in time.",
    )
    is_running_late = fields.Boolean(
        string="Running Late",
        compute="_compute_is_running_late",
        search="_search_is_running_late",
        help="Not on site 5 minutes before the appointment: reschedule with the customer or reassign.",
    )
    late_warned = fields.Boolean(copy=False, readonly=True)
    reschedule_count = fields.Integer(string="Rescheduled", copy=False, readonly=True)
    follow_up_at = fields.Datetime(
        string="Call Back At", copy=False, readonly=True, help="Two hours after guidance given by phone."
    )
    aftersales_currency_id = fields.Many2one(related="company_id.currency_id", string="Currency")
    fee_line_ids = fields.One2many("aftersales.fsm.fee.line", "order_id", string="Fees", copy=False)
    fee_total = fields.Monetary(
        string="Total Fees", compute="_compute_fee_total", store=True, currency_field="aftersales_currency_id"
    )
    aftersales_record_ids = fields.One2many("aftersales.fsm.record", "order_id", string="On-Site Records")
    aftersales_repair_ids = fields.One2many("repair.order", "fsm_order_id", string="Repair Jobs")
    aftersales_repair_count = fields.Integer(compute="_compute_aftersales_repair_count", string="Repair Jobs")
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

    @api.depends("scheduled_date_start", "arrived_at")
    def _compute_arrival_punctuality(self):
        for order in self:
            order.arrival_punctuality = arrival_punctuality(order.scheduled_date_start, order.arrived_at) or False

    @api.depends("scheduled_date_start", "arrived_at", "is_closed")
    def _compute_is_running_late(self):
        limit = running_late_before(fields.Datetime.now())
        for order in self:
            order.is_running_late = bool(
                not order.arrived_at
                and not order.is_closed
                and order.dispatch_kind != "phone_guidance"
                and order.scheduled_date_start
                and order.scheduled_date_start < limit
            )

    def _search_is_running_late(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on late dispatch orders."))
        domain = [
            ("arrived_at", "=", False),
            ("is_closed", "=", False),
            ("dispatch_kind", "!=", "phone_guidance"),
            ("scheduled_date_start", "<", running_late_before(fields.Datetime.now())),
        ]
        if (operator == "=") == value:
            return domain
        # Negated, the date comparison would drop the orders without an appointment: they are not late either.
        return ["|", ("scheduled_date_start", "=", False), "!", "&", "&", "&", *domain]

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

    def _compute_aftersales_repair_count(self):
        counts = dict(
            self.env["repair.order"]._read_group([("fsm_order_id", "in", self.ids)], ["fsm_order_id"], ["__count"])
        )
        for order in self:
            order.aftersales_repair_count = counts.get(order, 0)

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
        self._check_dispatcher_writes(vals)
        if {"person_id", "scheduled_date_start"} & set(vals) and "late_warned" not in vals:
            # A new appointment or engineer is watched afresh.
            with workflow_writes():
                super(FsmOrder, self.filtered("late_warned")).write({"late_warned": False})
        result = super().write(vals)
        if vals.get("arrived_at"):
            self._mark_case_onsite()
        return result

    def _check_dispatcher_writes(self, vals):
        """What only a dispatcher writes: the SLA clock (the engineer records it with the Dispatch and
        Arrived on Site buttons; the dispatcher corrects a time reported by phone), the stage (an engineer
        finishes with Complete Visit, which wants the customer's signature), and the appointment and who
        keeps it (Reschedule or Reassign, with the reason). The figures the buttons keep nobody writes."""
        if self.env.su or workflow_writes_allowed():
            return
        _ = self.env._
        written = set(vals)
        if written & set(BUTTON_FIELDS):
            raise AccessError(
                _("Reschedule or Reassign and Done by Phone keep these figures; they are not written directly.")
            )
        if not written & set(CLOCK_FIELDS + ("stage_id",) + DISPATCHER_FIELDS):
            return
        if self.env.user.has_group("fieldservice.group_fsm_dispatcher"):
            return
        if written & set(CLOCK_FIELDS):
            raise AccessError(
                _(
                    "Only a dispatcher corrects the dispatch and arrival times: record them with the "
                    "Dispatch and Arrived on Site buttons."
                )
            )
        if "stage_id" in written:
            raise AccessError(
                _(
                    "Only a dispatcher moves a dispatch order between stages: finish the visit with Complete "
                    "Visit once the customer has signed."
                )
            )
        raise AccessError(
            _(
                "Only a dispatcher reschedules or reassigns a dispatch order: call the dispatcher when you "
                "cannot be on site 5 minutes before the appointment."
            )
        )

    def _reschedule(self, start, person, reason):
        """Move the appointment and/or hand the order to another engineer, with the reason in the chatter
        (004: arrive 5-10 minutes early, or else reschedule or reassign in time)."""
        _ = self.env._
        self._check_dispatcher_writes(dict.fromkeys(DISPATCHER_FIELDS))
        if not (reason or "").strip():
            raise UserError(_("Say why the appointment moves or changes hands."))
        for order in self:
            if order.arrived_at or order.is_closed:
                raise UserError(
                    _("%(order)s: the engineer is already on site or the order is closed.", order=order.name)
                )
            vals = {}
            if start and start != order.scheduled_date_start:
                vals["scheduled_date_start"] = start
            if person and person != order.person_id:
                vals["person_id"] = person.id
            if not vals:
                raise UserError(_("%(order)s: give a new time or another engineer.", order=order.name))
            before_time, before_person = order.scheduled_date_start, order.person_id
            vals.update(reschedule_count=order.reschedule_count + 1, late_warned=False)
            with workflow_writes():
                order.write(vals)
            order.message_post(
                body=_(
                    "Rescheduled or reassigned (%(reason)s): %(before_time)s, %(before_person)s → %(time)s, "
                    "%(person)s.",
                    reason=reason,
                    before_time=format_datetime(self.env, before_time) if before_time else "-",
                    before_person=before_person.display_name or "-",
                    time=format_datetime(self.env, order.scheduled_date_start) if order.scheduled_date_start else "-",
                    person=order.person_id.display_name or "-",
                )
            )
        return True

    @api.model
    def _cron_warn_running_late(self):
        """Every few minutes: an engineer who cannot be on site 5 minutes early gets the dispatcher's
        attention, once per appointment."""
        late = self.search([("is_running_late", "=", True), ("late_warned", "=", False)])
        for order in late:
            order.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=self.env._("Engineer running late: reschedule with the customer or reassign"),
                user_id=(order.create_uid if order.create_uid.active else self.env.user).id,
            )
        with workflow_writes():
            late.write({"late_warned": True})

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
        with workflow_writes():
            self.write({"follow_up_at": due})
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

    def action_aftersales_create_repair(self):
        """What the engineer could not fix on site becomes a repair job for the vehicle, with the case and
        what the records found (OCA fieldservice_repair repairs stock equipment; ours repairs vehicles)."""
        self.ensure_one()
        if not self.vehicle_id:
            raise UserError(self.env._("%(order)s names no vehicle to repair.", order=self.name))
        found = "\n".join(filter(None, self.aftersales_record_ids.mapped("found")))
        repair = self.env["repair.order"].create(
            {
                "fsm_order_id": self.id,
                "ticket_id": self.ticket_id.id,
                "vehicle_id": self.vehicle_id.id,
                "partner_id": (self.ticket_id.partner_id or self.location_id.owner_id).id,
                "customer_complaint": found or self.description or self.name,
                "company_id": self.company_id.id,
            }
        )
        return self.action_aftersales_view_repairs(repair)

    def action_aftersales_view_repairs(self, repairs=None):
        repairs = repairs if repairs is not None else self.aftersales_repair_ids
        action = self.env["ir.actions.act_window"]._for_xml_id("repair.action_repair_order_tree")
        if len(repairs) == 1:
            action.update(res_id=repairs.id, view_mode="form", views=[(False, "form")])
        else:
            action["domain"] = [("id", "in", repairs.ids)]
        return action

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
