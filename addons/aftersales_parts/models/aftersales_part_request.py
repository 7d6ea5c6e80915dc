from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

PURPOSES = [("warranty", "Warranty Repair"), ("paid", "Paid Sale"), ("internal", "Internal Use")]
PURPOSE_PAY_TYPE = {"warranty": "warranty", "paid": "customer", "internal": "internal"}
REQUEST_STATES = [
    ("draft", "Draft"),
    ("to_approve", "To Approve"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("done", "Done"),
    ("cancel", "Cancelled"),
]


class AftersalesPartRequest(models.Model):
    """备件出库申请单 / 急需备件申请表: parts for a repair job or a case, issued once approved."""

    _name = "aftersales.part.request"
    _description = "Spare-Part Request"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.approval.mixin",
        "aftersales.station.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
    ]
    _sequence_code = "aftersales.part.request"
    _order = "id desc"
    _approval_amount_field = "amount_total"
    _approval_reset_fields = ("purpose", "urgency")

    state = fields.Selection(REQUEST_STATES, default="draft", required=True, tracking=True, index=True, copy=False)
    repair_id = fields.Many2one(
        "repair.order", string="Repair Job", index="btree_not_null", tracking=True, check_company=True
    )
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Case", index="btree_not_null", tracking=True, check_company=True
    )
    vehicle_id = fields.Many2one(
        "aftersales.vehicle",
        compute="_compute_from_origin",
        store=True,
        readonly=False,
        index="btree_not_null",
        check_company=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        compute="_compute_from_origin",
        store=True,
        readonly=False,
        help="Told about delays and arrivals of the parts.",
        check_company=True,
    )
    user_id = fields.Many2one("res.users", string="Requested By", default=lambda self: self.env.user, tracking=True)
    purpose = fields.Selection(PURPOSES, required=True, default="warranty", tracking=True)
    urgency = fields.Selection([("normal", "Normal"), ("urgent", "Urgent")], required=True, default="normal")
    deadline = fields.Datetime(compute="_compute_deadline", store=True, readonly=False)
    urgency_reason = fields.Text(
        string="Reason for Urgency",
        tracking=True,
        help="Why the parts cannot wait: printed on the urgent part request (急需备件申请表).",
    )
    line_ids = fields.One2many("aftersales.part.request.line", "request_id", string="Parts", copy=True)
    amount_total = fields.Monetary(compute="_compute_amount_total", store=True, currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    picking_id = fields.Many2one("stock.picking", string="Transfer", copy=False, readonly=True, check_company=True)
    done_date = fields.Datetime(copy=False, readonly=True)
    shipment_accuracy = fields.Float(
        string="Shipment Accuracy (%)",
        compute="_compute_shipment_accuracy",
        store=True,
        aggregator="avg",
        help="配件出货正确率: lines issued exactly as requested.",
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)

    @api.depends("repair_id", "ticket_id")
    def _compute_from_origin(self):
        for request in self:
            origin = request.repair_id or request.ticket_id
            request.vehicle_id = origin.vehicle_id or request.vehicle_id
            request.partner_id = origin.partner_id or request.partner_id

    @api.depends("urgency")
    def _compute_deadline(self):
        """An urgent request must be served within the company's urgent time from when it became urgent."""
        now = fields.Datetime.now()
        for request in self:
            if request.urgency == "urgent":
                request.deadline = now + timedelta(hours=request.company_id.aftersales_urgent_part_hours)
            else:
                request.deadline = False

    @api.depends("line_ids.subtotal")
    def _compute_amount_total(self):
        for request in self:
            request.amount_total = sum(request.line_ids.mapped("subtotal"))

    @api.depends("line_ids.quantity_done", "state")
    def _compute_shipment_accuracy(self):
        for request in self:
            lines = request.line_ids
            if request.state != "done" or not lines:
                request.shipment_accuracy = 0.0
                continue
            correct = lines.filtered(lambda line: line.quantity_done == line.quantity)
            request.shipment_accuracy = 100.0 * len(correct) / len(lines)

    def _approval_document_type(self):
        """Urgent requests follow their own (faster) rules when the company has any."""
        if self.urgency == "urgent" and self.env["aftersales.approval.rule"].sudo().search_count(
            [("document_type", "=", "part_request_urgent"), ("company_id", "=", self.company_id.id)], limit=1
        ):
            return "part_request_urgent"
        return "part_request"

    def action_submit(self):
        for request in self:
            if not request.line_ids:
                raise UserError(self.env._("Add the parts needed to %(request)s first.", request=request.name))
            if request.urgency == "urgent" and not (request.urgency_reason or "").strip():
                raise UserError(self.env._("Say why %(request)s is urgent before submitting it.", request=request.name))
        result = super().action_submit()
        self.filtered(lambda r: r.approval_state == "to_approve").write({"state": "to_approve"})
        return result

    def _on_approved(self):
        self.write({"state": "approved"})
        # The approver (a manager) need not hold stock rights: issuing follows from the decision.
        self.sudo()._issue_parts()

    def _on_rejected(self):
        self.write({"state": "rejected"})

    def _on_approval_reset(self):
        self.filtered(lambda r: r.state in ("to_approve", "approved")).write({"state": "draft"})

    def action_draft(self):
        self.filtered(lambda r: r.state in ("rejected", "cancel")).write({"state": "draft", "approval_state": "draft"})

    def action_cancel(self):
        if any(request.state == "done" for request in self):
            raise UserError(self.env._("Issued parts cannot be cancelled; return them instead."))
        self.picking_id.filtered(lambda p: p.state not in ("done", "cancel")).action_cancel()
        self.write({"state": "cancel"})

    def _issue_parts(self):
        """Parts for a repair job go onto the job; other requests ship as a delivery to the station or customer."""
        for request in self:
            if request.repair_id:
                moves = self.env["stock.move"].create([line._repair_move_values() for line in request.line_ids])
                for line, move in zip(request.line_ids, moves, strict=True):
                    line.move_id = move
            else:
                request._create_delivery()
        moves = self.line_ids.move_id.filtered(lambda m: m.state not in ("done", "cancel", "draft"))
        moves._action_assign()
        self.line_ids._notify_shortage()

    def _create_delivery(self):
        self.ensure_one()
        warehouse = self.env["stock.warehouse"].search([("company_id", "=", self.company_id.id)], limit=1)
        source, destination = warehouse.lot_stock_id, self.env.ref("stock.stock_location_customers")
        picking = self.env["stock.picking"].create(
            {
                "picking_type_id": warehouse.out_type_id.id,
                "partner_id": (self.station_id or self.partner_id).id,
                "origin": self.name,
                "location_id": source.id,
                "location_dest_id": destination.id,
                "move_ids": [
                    fields.Command.create(
                        dict(line._transfer_move_values(source, destination), aftersales_part_request_line_id=line.id)
                    )
                    for line in self.line_ids
                ],
            }
        )
        picking.action_confirm()
        self.picking_id = picking
        for line, move in zip(self.line_ids, picking.move_ids, strict=True):
            line.move_id = move

    def _check_delivered(self):
        """Done when every issued move is done; then old parts worth returning are expected back."""
        delivered = self.filtered(
            lambda r: r.state == "approved"
            and r.line_ids.move_id
            and all(m.state == "done" for m in r.line_ids.move_id)
        )
        delivered.write({"state": "done", "done_date": fields.Datetime.now()})
        delivered._create_old_part_returns()
        return delivered

    def _aftersales_check_printable(self, report_name):
        """The issue request (表11) authorises the warehouse to issue the parts: only an approved request
        does. The urgent request (表13) exists only for urgent requests."""
        for request in self:
            if report_name == "aftersales_parts.report_part_issue_request" and (
                request.approval_state != "approved" or request.state not in ("approved", "done")
            ):
                raise UserError(
                    self.env._(
                        "%(request)s is not approved: its spare-part issue request can be printed once the "
                        "approval chain has approved it.",
                        request=request.name,
                    )
                )
            if report_name == "aftersales_parts.report_part_urgent_request" and request.urgency != "urgent":
                raise UserError(
                    self.env._(
                        "%(request)s is not urgent: the urgent part request form is printed for urgent requests only.",
                        request=request.name,
                    )
                )

    def _approval_last_round(self):
        """The steps of the latest submission: earlier rounds decided on what the request said then."""
        self.ensure_one()
        steps = self.approval_ids.sorted("id")
        starts = steps.filtered(lambda step: step.sequence == 0)
        return steps.filtered(lambda step: step.id >= starts[-1].id) if starts else steps

    def action_view_picking(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.picking",
            "res_id": self.picking_id.id,
            "view_mode": "form",
        }
