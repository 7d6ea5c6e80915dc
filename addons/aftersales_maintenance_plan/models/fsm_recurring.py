from datetime import datetime, time

import pytz
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.maintenance_schedule import AIR_CONDITIONING_WINDOWS, notice_date, plan_due_date, plan_visits

HORIZON_MONTHS = 12  # visits are planned a year ahead
VISIT_HOUR = 9  # a visit is booked at 9:00 on its day, the customer's time


class FsmRecurring(models.Model):
    """维保计划: a preventive maintenance plan for a customer's vehicle or equipment.

    Field Service's recurring order (state, team, engineer, location, equipment, orders) with a
    maintenance template: a year of visits is planned at once, and each visit becomes a dispatch order
    when the customer is told of it."""

    _name = "fsm.recurring"
    _inherit = ["fsm.recurring", "aftersales.station.mixin", "aftersales.workflow.guard.mixin"]

    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", tracking=True)
    customer_id = fields.Many2one(related="location_id.owner_id", string="Customer")
    aftersales_schedule = fields.Selection(related="fsm_recurring_template_id.aftersales_schedule")
    accepted_on = fields.Date(
        compute="_compute_accepted_on",
        store=True,
        readonly=False,
        tracking=True,
        help="Acceptance (竣工验收) or delivery of the vehicle or equipment: the plan is due within a month.",
    )
    plan_due_date = fields.Date(
        string="Plan Due", compute="_compute_plan_due_date", store=True, help="Acceptance plus one month (004)."
    )
    confirmed_on = fields.Date(string="Drawn Up On", readonly=True, copy=False, tracking=True)
    is_late = fields.Boolean(
        string="Drawn Up Late",
        compute="_compute_is_late",
        store=True,
        help="Started after its due date (a month after acceptance).",
    )
    visits_until = fields.Date(
        string="Visits Planned Until", readonly=True, copy=False, help="The last day visits have been planned for."
    )
    visit_ids = fields.One2many("aftersales.maintenance.visit", "plan_id", string="Visits", copy=False)
    visit_count = fields.Integer(compute="_compute_visit_count")

    @api.model
    def default_get(self, fields_list):
        """From the Maintenance Plans menu a new plan starts from the preventive maintenance template."""
        values = super().default_get(fields_list)
        if self.env.context.get("aftersales_maintenance_plan") and not values.get("fsm_recurring_template_id"):
            template = self.env.ref(
                "aftersales_maintenance_plan.recurring_template_preventive", raise_if_not_found=False
            )
            if template and "fsm_recurring_template_id" in fields_list:
                values["fsm_recurring_template_id"] = template.id
                values.update(
                    {
                        name: value.id if isinstance(value, models.BaseModel) else value
                        for name, value in self.populate_from_template(template).items()
                        if name in fields_list
                    }
                )
        return values

    @api.depends("vehicle_id")
    def _compute_accepted_on(self):
        for plan in self:
            plan.accepted_on = plan.accepted_on or plan.vehicle_id.delivery_date

    @api.depends("accepted_on")
    def _compute_plan_due_date(self):
        for plan in self:
            plan.plan_due_date = plan_due_date(plan.accepted_on)

    @api.depends("plan_due_date", "confirmed_on")
    def _compute_is_late(self):
        for plan in self:
            plan.is_late = bool(plan.plan_due_date and plan.confirmed_on and plan.confirmed_on > plan.plan_due_date)

    def _compute_visit_count(self):
        counts = dict(
            self.env["aftersales.maintenance.visit"]._read_group(
                [("plan_id", "in", self.ids)], ["plan_id"], ["__count"]
            )
        )
        for plan in self:
            plan.visit_count = counts.get(plan, 0)

    @api.onchange("vehicle_id")
    def _onchange_vehicle_id_location(self):
        """The plan visits the vehicle's owner at their service location."""
        location = self.vehicle_id.partner_id.commercial_partner_id.service_location_id
        if location:
            self.location_id = location

    def write(self, vals):
        result = super().write(vals)
        if "station_id" in vals:
            self.visit_ids.sudo().write({"station_id": vals["station_id"]})
        return result

    def _workflow_fields(self):
        return dict(
            super()._workflow_fields(),
            state=self.env._("Start and Suspend"),
            confirmed_on=self.env._("Start"),
            visits_until=self.env._("the planning of visits"),
        )

    # Field Service's own generation makes an order per date; a maintenance plan makes visits instead.
    def _generate_orders(self):
        return super(FsmRecurring, self.filtered(lambda p: not p.aftersales_schedule))._generate_orders()

    def action_start(self):
        maintenance = self.filtered("aftersales_schedule")
        for plan in maintenance:
            if not plan.location_id:
                raise UserError(self.env._("%(plan)s has no service location to visit.", plan=plan.name))
        today = fields.Date.context_today(self)
        with workflow_writes():
            maintenance.filtered(lambda p: not p.confirmed_on).write({"confirmed_on": today})
            result = super().action_start()
            maintenance._aftersales_resume_visits(today)
        maintenance._aftersales_plan_visits()
        maintenance._aftersales_notify_due_visits(today)
        late = maintenance.filtered("is_late")
        for plan in late:
            plan.message_post(
                body=self.env._(
                    "Drawn up on %(confirmed)s, after its due date %(due)s (a month after acceptance).",
                    confirmed=plan.confirmed_on,
                    due=plan.plan_due_date,
                )
            )
        return result if result is not None else True

    def action_suspend(self):
        with workflow_writes():
            result = super().action_suspend()
            self.visit_ids.filtered(lambda v: v.state == "planned").write({"state": "cancelled"})
        return result

    def _aftersales_resume_visits(self, today):
        """A suspended plan that starts again keeps its visits still ahead."""
        self.visit_ids.filtered(
            lambda v: v.state == "cancelled" and not v.fsm_order_id and v.planned_date > today
        ).write({"state": "planned"})

    def _aftersales_start_day(self):
        self.ensure_one()
        return fields.Datetime.context_timestamp(self, self.start_date).date()

    def _aftersales_plan_visits(self, today=None):
        """Plan the visits of the plans in progress up to a year ahead, in one batch: what is already planned
        (``visits_until``) is not planned again."""
        today = today or fields.Date.context_today(self)
        plans = self.filtered(lambda p: p.state == "progress" and p.aftersales_schedule and p.start_date)
        vals_list = []
        until_by_plan = {}
        for plan in plans:
            start = plan._aftersales_start_day()
            until = max(start, today) + relativedelta(months=HORIZON_MONTHS)
            if plan.end_date:
                until = min(until, plan.end_date.date())
            if plan.visits_until and plan.visits_until >= until:
                continue
            template = plan.fsm_recurring_template_id
            windows = template.aftersales_window_ids._as_tuples() or AIR_CONDITIONING_WINDOWS
            notice_days = template.aftersales_notice_days
            # The plan's facts are given rather than computed row by row: a year of visits is one INSERT.
            shared = {
                "plan_id": plan.id,
                "company_id": plan.company_id.id,
                "vehicle_id": plan.vehicle_id.id,
                "station_id": plan.station_id.id,
            }
            for visit_type, planned, window_end in plan_visits(template.aftersales_schedule, start, until, windows):
                # Nothing is planned again, nor in the past: a window still open is visited from today.
                if (plan.visits_until and planned <= plan.visits_until) or window_end < today:
                    continue
                planned = max(planned, today)
                vals_list.append(
                    dict(
                        shared,
                        visit_type=visit_type,
                        planned_date=planned,
                        window_end=window_end,
                        notice_date=notice_date(planned, notice_days),
                    )
                )
            until_by_plan[plan] = until
        # Visits are the plan's own: whoever may start a plan plans them, through this method only.
        plans.check_access("write")
        with workflow_writes():
            visits = self.env["aftersales.maintenance.visit"].sudo().create(vals_list).sudo(False)
            for until in set(until_by_plan.values()):
                plans.browse([p.id for p, u in until_by_plan.items() if u == until]).write({"visits_until": until})
        return visits

    def _aftersales_visit_datetime(self, day):
        """9:00 on ``day`` in the customer's time zone, as Odoo stores it (UTC)."""
        self.ensure_one()
        tz = pytz.timezone(self.customer_id.tz or self.company_id.partner_id.tz or self.env.user.tz or "UTC")
        local = tz.localize(datetime.combine(day, time(VISIT_HOUR)))
        return local.astimezone(pytz.UTC).replace(tzinfo=None)

    def _aftersales_notify_due_visits(self, today=None):
        """Visits whose notice day has come become dispatch orders, and the customer is told."""
        today = today or fields.Date.context_today(self)
        domain = [("state", "=", "planned"), ("notice_date", "<=", today), ("plan_id.state", "=", "progress")]
        if self:
            domain.append(("plan_id", "in", self.ids))
        visits = self.env["aftersales.maintenance.visit"].search(domain)
        return visits._aftersales_make_orders()

    @api.model
    def _cron_scheduled_task(self):
        """Field Service's daily task, and the maintenance plans': plan a year ahead, tell the customers."""
        with workflow_writes():
            result = super()._cron_scheduled_task()
        plans = self.search(
            [("state", "=", "progress"), ("fsm_recurring_template_id.aftersales_schedule", "!=", False)]
        )
        plans._aftersales_plan_visits()
        self.browse()._aftersales_notify_due_visits()
        return result

    def action_aftersales_view_visits(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "aftersales_maintenance_plan.aftersales_maintenance_visit_action"
        )
        action["domain"] = [("plan_id", "=", self.id)]
        action["context"] = {"search_default_upcoming": 1}
        return action
