from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.batch_return import next_stage_code, sampling_error

# Who pressed each step's button and when: {stage code left: (user field, date field)}.
STEP_STAMPS = {
    "request": ("request_user_id", "request_date"),
    "confirm": ("confirm_user_id", "confirm_date"),
    "receive": (None, "receive_date"),
    "sample": ("sample_user_id", "sample_date"),
    "rework": ("rework_user_id", "rework_date"),
    "schedule": ("schedule_user_id", "schedule_date"),
}
# RMA states in which the dealer's goods are in our hands (or beyond).
RECEIVED_RMA_STATES = ("received", "waiting_return", "returned", "finished", "locked")


class AftersalesBatchReturn(models.Model):
    """批量退货单: a dealer returns a whole batch of a product (procedure 003 §4.3.2).

    Each department moves the return out of its own stage; the goods travel on one RMA per line (OCA
    rma): received from the dealer in one receipt, returned after rework in one delivery."""

    _name = "aftersales.batch.return"
    _description = "Batch Return"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
    ]
    _sequence_code = "aftersales.batch.return"
    _order = "id desc"

    partner_id = fields.Many2one(
        "res.partner",
        string="Dealer",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        help="The dealer (customer) returning the batch; the goods are received from and returned to it.",
    )
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    reason = fields.Text(string="Reason for Return", help="The quality problem the dealer reports.")
    required_date = fields.Date(
        string="Required Return Date",
        tracking=True,
        help="When the dealer needs the reworked goods back (回交时间); Planning schedules by it.",
    )
    operation_id = fields.Many2one(
        "rma.operation",
        string="RMA Operation",
        required=True,
        default=lambda self: self.env.ref(
            "aftersales_batch_return.rma_operation_batch_return", raise_if_not_found=False
        ),
        domain=[("action_create_receipt", "=", "automatic_on_confirm")],
        help="The RMA operation of the RMAs made for the lines: it must receive on confirmation.",
    )
    line_ids = fields.One2many("aftersales.batch.return.line", "batch_id", string="Lines", copy=True)
    stage_id = fields.Many2one(
        "aftersales.batch.return.stage",
        required=True,
        index=True,
        tracking=True,
        copy=False,
        ondelete="restrict",
        default=lambda self: self._stage_by_code("request"),
        group_expand="_read_group_stage_ids",
    )
    stage_code = fields.Selection(related="stage_id.code", string="Step")
    responsible_group_id = fields.Many2one(related="stage_id.group_id", string="Responsible Department")
    can_act = fields.Boolean(
        compute="_compute_can_act", help="The current user belongs to the department of the current stage."
    )
    is_my_stage = fields.Boolean(
        string="My Department's Stage", compute="_compute_can_act", search="_search_is_my_stage"
    )
    is_late = fields.Boolean(
        string="Late", compute="_compute_is_late", search="_search_is_late", help="Past the required return date."
    )
    rma_ids = fields.One2many("rma", "batch_return_id", string="RMAs", readonly=True)
    rma_count = fields.Integer(compute="_compute_counts", string="RMA Count", compute_sudo=True)
    receipt_count = fields.Integer(compute="_compute_counts", compute_sudo=True)
    delivery_count = fields.Integer(compute="_compute_counts", compute_sudo=True)
    rework_result = fields.Text(help="工艺部: how the defective units were reworked and what came of it.")
    planned_return_date = fields.Datetime(help="When Planning ships the reworked goods back to the dealer.")
    return_scheduled = fields.Boolean(
        compute="_compute_counts", compute_sudo=True, help="The return deliveries to the dealer are created."
    )
    request_user_id = fields.Many2one("res.users", string="Requested By", readonly=True, copy=False)
    request_date = fields.Datetime(string="Requested On", readonly=True, copy=False)
    confirm_user_id = fields.Many2one("res.users", string="Confirmed By", readonly=True, copy=False)
    confirm_date = fields.Datetime(string="Confirmed On", readonly=True, copy=False)
    receive_date = fields.Datetime(string="Received On", readonly=True, copy=False)
    sample_user_id = fields.Many2one("res.users", string="Sampled By", readonly=True, copy=False)
    sample_date = fields.Datetime(string="Sampled On", readonly=True, copy=False)
    rework_user_id = fields.Many2one("res.users", string="Reworked By", readonly=True, copy=False)
    rework_date = fields.Datetime(string="Reworked On", readonly=True, copy=False)
    schedule_user_id = fields.Many2one("res.users", string="Scheduled By", readonly=True, copy=False)
    schedule_date = fields.Datetime(string="Scheduled On", readonly=True, copy=False)
    done_user_id = fields.Many2one("res.users", string="Closed By", readonly=True, copy=False)
    done_date = fields.Datetime(string="Done On", readonly=True, copy=False)
    line_count = fields.Integer(compute="_compute_totals")
    total_quantity = fields.Float(compute="_compute_totals", digits="Product Unit of Measure")
    total_defective = fields.Float(compute="_compute_totals", digits="Product Unit of Measure")

    # -- stages -------------------------------------------------------------------------------------------

    @api.model
    def _stage_by_code(self, code):
        return self.env["aftersales.batch.return.stage"].search([("code", "=", code)], limit=1)

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        """Every stage is a kanban column, even an empty one: the departments see where work waits."""
        return stages.search([])

    @api.depends("stage_id.group_id")
    @api.depends_context("uid")
    def _compute_can_act(self):
        groups = self.env.user.groups_id
        for batch in self:
            group = batch.stage_id.group_id
            batch.can_act = bool(group) and group in groups
            batch.is_my_stage = batch.can_act

    def _search_is_my_stage(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on %(field)s.", field="is_my_stage"))
        positive = (operator == "=") == value
        return [("stage_id.group_id", "in" if positive else "not in", self.env.user.groups_id.ids)]

    @api.depends("required_date", "stage_code")
    def _compute_is_late(self):
        today = fields.Date.context_today(self)
        for batch in self:
            batch.is_late = bool(batch.required_date and batch.required_date < today and batch.stage_code != "done")

    def _search_is_late(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on %(field)s.", field="is_late"))
        late = [
            ("required_date", "<", fields.Date.context_today(self)),
            ("stage_id.code", "!=", "done"),
        ]
        if (operator == "=") == value:
            return late
        return [
            "|",
            ("required_date", "=", False),
            "|",
            ("required_date", ">=", late[0][2]),
            ("stage_id.code", "=", "done"),
        ]

    @api.depends("rma_ids.reception_move_id", "rma_ids.delivery_move_ids")
    def _compute_counts(self):
        for batch in self:
            batch.rma_count = len(batch.rma_ids)
            batch.receipt_count = len(batch.rma_ids.reception_move_id.picking_id)
            deliveries = batch.rma_ids.delivery_move_ids.filtered(lambda move: move.state != "cancel")
            batch.delivery_count = len(deliveries.picking_id)
            batch.return_scheduled = bool(deliveries)

    @api.depends("line_ids.quantity", "line_ids.defective_qty")
    def _compute_totals(self):
        for batch in self:
            batch.line_count = len(batch.line_ids)
            batch.total_quantity = sum(batch.line_ids.mapped("quantity"))
            batch.total_defective = sum(batch.line_ids.mapped("defective_qty"))

    def _workflow_fields(self):
        steps = self.env._("the department buttons of the batch return")
        guarded = {"stage_id": steps, "done_user_id": steps, "done_date": steps}
        for user_field, date_field in STEP_STAMPS.values():
            guarded[date_field] = steps
            if user_field:
                guarded[user_field] = steps
        return dict(super()._workflow_fields(), **guarded)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_requests(self):
        """Once Quality confirmed it, RMAs and stock moves hang on the return: it stays on record."""
        started = self.filtered(lambda batch: batch.stage_code != "request")
        if started:
            raise UserError(
                self.env._(
                    "%(returns)s is past the request stage and cannot be deleted.",
                    returns=", ".join(started.mapped("name")),
                )
            )

    # -- department checks -----------------------------------------------------------------------------

    def _check_department(self, code):
        """The batch returns are at stage ``code`` and the user belongs to its department."""
        stage = self._stage_by_code(code)
        for batch in self:
            if batch.stage_id != stage:
                raise UserError(
                    self.env._(
                        "%(batch)s is at the stage %(current)s, not %(expected)s.",
                        batch=batch.name,
                        current=batch.stage_id.name,
                        expected=stage.name,
                    )
                )
        if self.env.su or not stage.group_id or stage.group_id in self.env.user.groups_id:
            return
        raise AccessError(
            self.env._(
                "Only %(department)s moves a batch return out of the stage %(stage)s.",
                department=stage.group_id.name,
                stage=stage.name,
            )
        )

    def _check_lines(self):
        for batch in self:
            if not batch.line_ids:
                raise UserError(self.env._("%(batch)s has no product to return: add its lines.", batch=batch.name))
            batch.line_ids._check_returnable()

    # -- moving on -------------------------------------------------------------------------------------

    def _advance(self):
        """Move each batch return to its next stage, stamp who did the step, tell the next department."""
        now = fields.Datetime.now()
        stages = {stage.code: stage for stage in self.env["aftersales.batch.return.stage"].search([])}
        for batch in self:
            code = batch.stage_code
            user_field, date_field = STEP_STAMPS[code]
            values = {"stage_id": stages[next_stage_code(code)].id}
            values[date_field] = now
            if user_field:
                values[user_field] = self.env.user.id
            with workflow_writes():
                batch.write(values)
        self._notify_next_department()

    def _finish(self, closed_by=None):
        values = {"stage_id": self._stage_by_code("done").id, "done_date": fields.Datetime.now()}
        if closed_by:
            values["done_user_id"] = closed_by.id
        with workflow_writes():
            self.write(values)
        self._notify_next_department()

    def _notify_next_department(self):
        """Close the step's to-do of the previous department and give the next one theirs."""
        activity_type = self.env.ref("aftersales_batch_return.mail_activity_batch_return_step")
        self.activity_feedback(
            ["aftersales_batch_return.mail_activity_batch_return_step"],
            feedback=self.env._("Step done."),
        )
        model_id = self.env["ir.model"]._get_id(self._name)
        activities = []
        for batch in self:
            group = batch.stage_id.group_id
            if not group:
                batch.message_post(body=self.env._("The batch return is done."))
                continue
            batch.message_post(
                body=self.env._("Next: %(department)s (%(stage)s).", department=group.name, stage=batch.stage_id.name)
            )
            for user in batch._department_users(group):
                activities.append(
                    {
                        "res_model_id": model_id,
                        "res_id": batch.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "automated": True,
                        "summary": batch.stage_id.name,
                        "date_deadline": fields.Date.context_today(batch),
                    }
                )
        if activities:
            self.env["mail.activity"].sudo().create(activities)

    def _department_users(self, group):
        """The department's own members: managers, who belong to every department, only when it has none."""
        users = group.users.filtered(lambda user: user.active and not user.share and user.company_ids & self.company_id)
        manager = self.env.ref("aftersales_batch_return.group_batch_return_manager")
        members = users.filtered(lambda user: manager not in user.groups_id)
        return members or users

    # -- the departments' buttons ---------------------------------------------------------------------

    def action_submit(self):
        """市场部: the dealer's request goes to Quality for confirmation."""
        self._check_department("request")
        self._check_lines()
        for batch in self:
            if not (batch.reason or "").strip():
                raise UserError(self.env._("Give the reason for the return of %(batch)s.", batch=batch.name))
        self._advance()
        return True

    def action_confirm_return(self):
        """品管部 confirms the quality problem: one RMA per line, all received from the dealer in one receipt."""
        self._check_department("confirm")
        self._check_lines()
        for batch in self:
            if batch.operation_id.action_create_receipt != "automatic_on_confirm":
                raise UserError(
                    self.env._(
                        "The RMA operation %(operation)s of %(batch)s does not receive on confirmation.",
                        operation=batch.operation_id.name,
                        batch=batch.name,
                    )
                )
        lines = self.line_ids
        rmas = self.env["rma"].create([line._prepare_rma_values() for line in lines])
        with workflow_writes():
            for line, rma in zip(lines, rmas, strict=True):
                line.rma_id = rma
        # rma gives the RMAs confirmed together one procurement group per dealer and warehouse: one receipt.
        rmas.action_confirm()
        self._advance()
        return True

    def action_receive(self):
        """仓务部 receives the whole batch at once: the receipts are validated for the full quantities."""
        self._check_department("receive")
        pickings = self.rma_ids.reception_move_id.picking_id.filtered(
            lambda picking: picking.state not in ("done", "cancel")
        )
        if not pickings:
            raise UserError(self.env._("There is no receipt left to validate."))
        for move in pickings.move_ids.filtered(lambda m: m.state not in ("done", "cancel")):
            move.quantity = move.product_uom_qty
        pickings.move_ids.picked = True
        # Validating the receipt moves the RMAs to received, which moves the batch on (rma hook).
        pickings.with_context(skip_backorder=True, skip_sms=True).button_validate()
        return True

    def _on_rmas_received(self):
        """Called by rma when a reception is done: the batch moves on once the dealer's goods are all in."""
        ready = self.filtered(
            lambda batch: batch.stage_code == "receive"
            and batch.rma_ids
            and all(rma.state in RECEIVED_RMA_STATES + ("cancelled",) for rma in batch.rma_ids)
        )
        ready._advance()

    def action_record_sampling(self):
        """品管部 sampled the received goods on site and picked the defective units (样品)."""
        self._check_department("sample")
        digits = self.env["decimal.precision"].precision_get("Product Unit of Measure")
        for line in self.line_ids:
            error = sampling_error(line.quantity, line.sampled_qty, line.defective_qty, digits)
            if error:
                raise UserError(line._sampling_message(error))
        self._advance()
        return True

    def action_record_rework(self):
        """工艺部 records the rework (重工) and its result."""
        self._check_department("rework")
        for batch in self:
            if not (batch.rework_result or "").strip():
                raise UserError(self.env._("Record the rework result of %(batch)s first.", batch=batch.name))
        self._advance()
        return True

    def action_schedule_return(self):
        """计划部 schedules the return of the reworked goods: rma's return deliveries, one per dealer."""
        self._check_department("schedule")
        for batch in self:
            if batch.return_scheduled:
                raise UserError(self.env._("The return of %(batch)s is already scheduled.", batch=batch.name))
            if not batch.planned_return_date:
                raise UserError(self.env._("Set the planned return date of %(batch)s first.", batch=batch.name))
        now = fields.Datetime.now()
        for batch in self:
            rmas = batch.rma_ids.filtered("can_be_returned")
            if not rmas:
                raise UserError(self.env._("No RMA of %(batch)s can be returned to the dealer.", batch=batch.name))
            rmas.with_context(rma_return_grouping=True).create_return(batch.planned_return_date)
            with workflow_writes():
                batch.write({"schedule_user_id": self.env.user.id, "schedule_date": now})
            batch.message_post(
                body=self.env._(
                    "Return to the dealer scheduled for %(date)s.",
                    date=fields.Datetime.to_string(fields.Datetime.context_timestamp(batch, batch.planned_return_date)),
                )
            )
        return True

    def _on_rmas_returned(self):
        """Called by rma when a return delivery is done: the batch is done once everything went back."""
        done = self.filtered(
            lambda batch: batch.stage_code == "schedule"
            and batch.rma_ids
            and all(rma.state in ("returned", "finished", "cancelled") for rma in batch.rma_ids)
        )
        done._finish()

    def action_close(self):
        """计划部 closes a return whose delivery is scheduled (e.g. the dealer collected the goods)."""
        self._check_department("schedule")
        for batch in self:
            if not batch.return_scheduled:
                raise UserError(self.env._("Schedule the return of %(batch)s before closing it.", batch=batch.name))
        self._finish(closed_by=self.env.user)
        return True

    # -- smart buttons -----------------------------------------------------------------------------------

    def action_view_rmas(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("rma.rma_action")
        action.update(domain=[("batch_return_id", "=", self.id)], context={"create": False})
        return action

    def _action_view_pickings(self, pickings):
        action = self.env["ir.actions.act_window"]._for_xml_id("stock.action_picking_tree_all")
        action.update(domain=[("id", "in", pickings.ids)], context={"create": False})
        if len(pickings) == 1:
            action.update(res_id=pickings.id, view_mode="form", views=[(False, "form")])
        return action

    def action_view_receipts(self):
        self.ensure_one()
        return self._action_view_pickings(self.rma_ids.reception_move_id.picking_id)

    def action_view_deliveries(self):
        self.ensure_one()
        return self._action_view_pickings(self.rma_ids.delivery_move_ids.picking_id)
