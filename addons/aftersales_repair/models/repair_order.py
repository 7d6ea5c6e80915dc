from collections import defaultdict

from odoo import api, fields, models

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.repair_guarantee import within_guarantee
from .aftersales_added_work_mixin import PAY_TYPES
from .aftersales_repair_guarantee import REPAIR_CLASSES


class RepairOrder(models.Model):
    """A repair job (委托书/工单) on a vehicle: its case, odometer, class and comeback detection."""

    _name = "repair.order"
    _inherit = ["repair.order", "aftersales.station.mixin", "aftersales.rpc.mixin"]

    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", tracking=True, check_company=True)
    ticket_id = fields.Many2one("helpdesk.ticket", string="Case", index="btree_not_null", tracking=True)
    odometer_in = fields.Integer(string="Odometer In (km)", tracking=True)
    repair_class = fields.Selection(REPAIR_CLASSES, default="level1", required=True, tracking=True)
    customer_complaint = fields.Text(string="Reported Fault", help="What the customer says is wrong.")
    cause = fields.Text(help="What the technician found.")
    correction = fields.Text(help="What was done about it.")
    labour_ids = fields.One2many("aftersales.repair.labour", "repair_id", copy=True)
    comeback_of_id = fields.Many2one(
        "repair.order",
        compute="_compute_comeback",
        store=True,
        readonly=False,
        index="btree_not_null",
        help="A finished job of this vehicle whose repair-quality guarantee this job falls within.",
    )
    is_comeback = fields.Boolean(
        string="Comeback (External Rework)", compute="_compute_is_comeback", store=True, index=True
    )
    default_pay_type = fields.Selection(
        PAY_TYPES,
        compute="_compute_default_pay_type",
        store=True,
        readonly=False,
        help="Pay type new lines take; comebacks are free to the customer (internal).",
    )
    aftersales_done_date = fields.Date(string="Finished On", readonly=True, copy=False, index=True)

    @api.depends("vehicle_id", "odometer_in", "repair_class")
    def _compute_comeback(self):
        """Flag a job inside the guarantee window of a finished job of the same vehicle (外返)."""
        todo = self.filtered(lambda r: r.vehicle_id and r.state in ("draft", "confirmed"))
        (self - todo).filtered(lambda r: not r.vehicle_id).comeback_of_id = False
        if not todo:
            return
        finished = defaultdict(list)
        for done in self.search(
            [("vehicle_id", "in", todo.vehicle_id.ids), ("state", "=", "done"), ("aftersales_done_date", "!=", False)],
            order="aftersales_done_date desc, id desc",
        ):
            finished[done.vehicle_id.id].append(done)
        guarantees = {
            (g.company_id.id, g.vehicle_kind, g.repair_class): g
            for g in self.env["aftersales.repair.guarantee"].search([("company_id", "in", todo.company_id.ids)])
        }
        today = fields.Date.context_today(self)
        for repair in todo:
            kind = repair.vehicle_id.product_id.aftersales_vehicle_kind or "car"
            on_date = fields.Date.context_today(self, repair.schedule_date) if repair.schedule_date else today
            repair.comeback_of_id = next(
                (
                    done
                    for done in finished[repair.vehicle_id.id]
                    if done != repair
                    and (guarantee := guarantees.get((repair.company_id.id, kind, done.repair_class)))
                    and within_guarantee(
                        done.aftersales_done_date,
                        done.odometer_in,
                        on_date,
                        repair.odometer_in or None,
                        guarantee.days,
                        guarantee.km,
                    )
                ),
                False,
            )

    @api.model
    def _first_time_fix_counts(self, date_from, date_to):
        """Jobs finished between the dates, and how many of them came back (外返), in two counts in PostgreSQL:
        ``(finished, came back)``. A job finished lately may still come back within its guarantee."""
        finished_domain = [
            ("state", "=", "done"),
            ("aftersales_done_date", ">=", date_from),
            ("aftersales_done_date", "<=", date_to),
        ]
        finished = self.search_count(finished_domain)
        ((came_back,),) = self._read_group(
            [(f"comeback_of_id.{name}", operator, value) for name, operator, value in finished_domain],
            [],
            ["comeback_of_id:count_distinct"],
        )
        return finished, came_back

    @api.depends("comeback_of_id")
    def _compute_is_comeback(self):
        for repair in self:
            repair.is_comeback = bool(repair.comeback_of_id)

    @api.depends("is_comeback")
    def _compute_default_pay_type(self):
        for repair in self:
            repair.default_pay_type = "internal" if repair.is_comeback else (repair.default_pay_type or "customer")

    @api.onchange("vehicle_id")
    def _onchange_vehicle_id(self):
        if self.vehicle_id:
            self.partner_id = self.partner_id or self.vehicle_id.partner_id
            self.odometer_in = self.odometer_in or self.vehicle_id.odometer

    @api.model_create_multi
    def create(self, vals_list):
        repairs = super().create(vals_list)
        repairs._record_odometer_in()
        return repairs

    def write(self, vals):
        result = super().write(vals)
        if vals.get("odometer_in") or vals.get("vehicle_id"):
            self._record_odometer_in()
        return result

    def _record_odometer_in(self):
        """The reading at reception goes into the vehicle's history, which refuses a lower one."""
        self.env["aftersales.odometer.reading"].create(
            [
                {"vehicle_id": repair.vehicle_id.id, "value": repair.odometer_in, "source": "repair"}
                for repair in self
                if repair.vehicle_id and repair.odometer_in and repair.odometer_in != repair.vehicle_id.odometer
            ]
        )

    def action_repair_done(self):
        self._check_can_finish()
        result = super().action_repair_done()
        with workflow_writes():
            self.write({"aftersales_done_date": fields.Date.context_today(self)})
            self._record_output()
        return result

    def _check_can_finish(self):
        """Hook for the quality part (added-work authorisation, release certificate)."""
        return True
