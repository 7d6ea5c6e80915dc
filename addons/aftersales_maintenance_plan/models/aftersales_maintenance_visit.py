from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.maintenance_schedule import notice_date

VISIT_TYPES = [
    ("monthly", "Monthly Visit"),
    ("quarterly", "Quarterly Inspection"),
    ("annual", "Annual Test"),
    ("seasonal", "Seasonal Maintenance"),
]
VISIT_STATES = [
    ("planned", "Planned"),
    ("notified", "Customer Notified"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]


class AftersalesMaintenanceVisit(models.Model):
    """A visit of a preventive maintenance plan.

    A year of visits is planned at once as these light rows (a plan makes 12 a year); a visit becomes a
    dispatch order only when the customer is told of it, its notice days ahead. Thousands of plans thus
    cost thousands of rows, not thousands of full orders with their followers and messages."""

    _name = "aftersales.maintenance.visit"
    _description = "Preventive Maintenance Visit"
    _inherit = ["aftersales.workflow.guard.mixin"]
    _order = "planned_date, id"
    _rec_name = "planned_date"

    plan_id = fields.Many2one("fsm.recurring", required=True, ondelete="cascade", index=True)
    # The plan's company, vehicle and station are copied when the visits are planned (and follow a change of
    # the plan's station): related fields would be recomputed row by row for a year of visits.
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    vehicle_id = fields.Many2one("aftersales.vehicle", readonly=True, index="btree_not_null")
    station_id = fields.Many2one("res.partner", string="Service Station", readonly=True, index="btree_not_null")
    location_id = fields.Many2one(related="plan_id.location_id")
    visit_type = fields.Selection(VISIT_TYPES, required=True, index=True)
    planned_date = fields.Date(required=True, index=True)
    window_end = fields.Date(
        string="Latest Date", help="The last day the visit may take place (the end of its seasonal window)."
    )
    notice_date = fields.Date(
        required=True,
        readonly=True,
        index=True,
        help="The day the customer is told and the dispatch order is made: the plan's notice days before the visit.",
    )
    state = fields.Selection(VISIT_STATES, default="planned", required=True, index=True)
    fsm_order_id = fields.Many2one("fsm.order", string="Dispatch Order", index="btree_not_null", copy=False)

    _sql_constraints = [
        (
            "plan_visit_unique",
            "UNIQUE(plan_id, visit_type, planned_date)",
            "A plan has one visit of a kind on a day.",
        ),
    ]

    @api.depends("plan_id", "visit_type", "planned_date")
    def _compute_display_name(self):
        types = dict(self._fields["visit_type"]._description_selection(self.env))
        for visit in self:
            visit.display_name = f"{visit.plan_id.name} {types.get(visit.visit_type, '')} {visit.planned_date or ''}"

    def _workflow_fields(self):
        notice = self.env._("the notice to the customer")
        return dict(super()._workflow_fields(), state=notice, fsm_order_id=notice)

    def write(self, vals):
        if "planned_date" in vals and any(visit.state != "planned" for visit in self):
            raise UserError(
                self.env._(
                    "The customer has been told of %(visits)s: reschedule its dispatch order instead.",
                    visits=", ".join(self.filtered(lambda v: v.state != "planned").mapped("display_name")),
                )
            )
        if vals.get("planned_date") and "notice_date" not in vals:
            planned = fields.Date.to_date(vals["planned_date"])
            for days, visits in self.grouped(
                lambda v: v.plan_id.fsm_recurring_template_id.aftersales_notice_days
            ).items():
                super(AftersalesMaintenanceVisit, visits).write(dict(vals, notice_date=notice_date(planned, days)))
            return True
        return super().write(vals)

    def _aftersales_order_values(self):
        self.ensure_one()
        plan = self.plan_id
        template = plan.fsm_recurring_template_id._aftersales_order_template(self.visit_type)
        values = plan._prepare_order_values(plan._aftersales_visit_datetime(self.planned_date))
        values.update(
            {
                "maintenance_visit_id": self.id,
                "dispatch_kind": "maintenance_visit",
                "vehicle_id": plan.vehicle_id.id,
                "station_id": plan.station_id.id,
                "template_id": template.id,
                "category_ids": [fields.Command.set(template.category_ids.ids)],
                "scheduled_duration": template.duration or values["scheduled_duration"],
                "request_early": plan._aftersales_visit_datetime(self.planned_date),
                "request_late": plan._aftersales_visit_datetime(self.window_end or self.planned_date),
            }
        )
        if template.type_id:
            values["type"] = template.type_id.id
        return values

    def _aftersales_make_orders(self):
        """The dispatch orders of these visits, in one batch, and the notice to each customer."""
        visits = self.filtered(lambda v: v.state == "planned" and not v.fsm_order_id)
        if not visits:
            return self.env["fsm.order"]
        with workflow_writes():
            orders = self.env["fsm.order"].create([visit._aftersales_order_values() for visit in visits])
            for visit, order in zip(visits, orders, strict=True):
                visit.write({"fsm_order_id": order.id, "state": "notified"})
        orders._aftersales_notify_maintenance_visit()
        return orders

    def action_view_fsm_order(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "fsm.order",
            "res_id": self.fsm_order_id.id,
            "view_mode": "form",
        }
