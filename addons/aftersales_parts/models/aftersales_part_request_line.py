from odoo import api, fields, models
from odoo.tools.misc import get_lang

from .aftersales_part_request import PURPOSE_PAY_TYPE


class AftersalesPartRequestLine(models.Model):
    _name = "aftersales.part.request.line"
    _description = "Spare-Part Request Line"
    _order = "request_id, sequence, id"
    _inherit = ["aftersales.approval.line.mixin", "aftersales.rpc.mixin"]
    _approval_parent_field = "request_id"
    _approval_line_fields = ("product_id", "quantity", "unit_cost")

    request_id = fields.Many2one("aftersales.part.request", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    product_id = fields.Many2one("product.product", string="Part", required=True, domain="[('type', '=', 'consu')]")
    quantity = fields.Float(required=True, default=1.0, digits="Product Unit of Measure")
    unit_cost = fields.Monetary(compute="_compute_unit_cost", store=True, readonly=False, currency_field="currency_id")
    subtotal = fields.Monetary(compute="_compute_subtotal", store=True, currency_field="currency_id")
    currency_id = fields.Many2one(related="request_id.currency_id")
    move_id = fields.Many2one("stock.move", string="Stock Move", copy=False, readonly=True)
    quantity_done = fields.Float(compute="_compute_quantity_done", store=True, digits="Product Unit of Measure")
    is_short = fields.Boolean(string="Short", copy=False, readonly=True, help="Could not be reserved when issued.")
    return_required = fields.Boolean(
        string="Old Part Returns", compute="_compute_return_required", store=True, readonly=False
    )
    return_id = fields.Many2one(
        "aftersales.old.part.return", string="Old-Part Return", copy=False, readonly=True, index="btree_not_null"
    )
    return_move_id = fields.Many2one(related="return_id.move_id", string="Old-Part Receipt")
    qa_result = fields.Selection(related="return_id.qa_result", readonly=False)

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity > 0)", "A requested quantity must be positive."),
        ("unit_cost_positive", "CHECK(unit_cost >= 0)", "A unit cost cannot be negative."),
    ]

    @api.depends("product_id")
    def _compute_unit_cost(self):
        for line in self:
            line.unit_cost = line.product_id.standard_price

    @api.depends("quantity", "unit_cost")
    def _compute_subtotal(self):
        for line in self:
            line.subtotal = line.quantity * line.unit_cost

    @api.depends("move_id.state", "move_id.quantity")
    def _compute_quantity_done(self):
        for line in self:
            line.quantity_done = line.move_id.quantity if line.move_id.state == "done" else 0.0

    def _workflow_fields(self):
        return dict(
            super()._workflow_fields(),
            return_required=self.env._("the old-part threshold in the settings"),
            return_id=self.env._("the delivery of the request's parts"),
        )

    @api.depends("unit_cost", "request_id.company_id.aftersales_old_part_threshold")
    def _compute_return_required(self):
        """旧件返厂: parts above the threshold come back to the factory for inspection."""
        for line in self:
            line.return_required = line.unit_cost > line.request_id.company_id.aftersales_old_part_threshold

    def _transfer_move_values(self, source, destination):
        """A stock move carrying this line's part between two locations."""
        return {
            "name": self.product_id.display_name,
            "product_id": self.product_id.id,
            "product_uom_qty": self.quantity,
            "product_uom": self.product_id.uom_id.id,
            "location_id": source.id,
            "location_dest_id": destination.id,
        }

    def _repair_move_values(self):
        request = self.request_id
        return {
            "repair_id": request.repair_id.id,
            "repair_line_type": "add",
            "product_id": self.product_id.id,
            "product_uom_qty": self.quantity,
            "product_uom": self.product_id.uom_id.id,
            "pay_type": PURPOSE_PAY_TYPE[request.purpose],
            "aftersales_part_request_line_id": self.id,
        }

    def _notify_shortage(self):
        """A part that cannot be reserved: purchasing gets an activity, the customer hears of the delay."""
        short = self.filtered(lambda line: line.move_id and line.move_id.state != "assigned" and not line.is_short)
        if not short:
            return
        short.is_short = True
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        model_id = self.env["ir.model"]._get_id("aftersales.part.request")
        self.env["mail.activity"].create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": line.request_id.id,
                    "activity_type_id": activity_type.id,
                    "user_id": (
                        line.request_id.company_id.aftersales_purchase_user_id
                        or line.product_id.responsible_id
                        or line.request_id.user_id
                    ).id,
                    "summary": self.env._(
                        "Short: %(qty)s x %(part)s", qty=line.quantity, part=line.product_id.display_name
                    ),
                }
                for line in short
            ]
        )
        template = self.env.ref("aftersales_parts.mail_template_part_delay")
        for request in short.request_id.filtered("partner_id"):
            template.send_mail(request.id)

    @api.model
    def _cron_check_arrivals(self):
        """Re-reserve short parts; tell the customer once they have arrived."""
        # A scheduled job has no language: what it writes reads in the company's language.
        self = self.with_context(lang=get_lang(self.env).code)
        short = self.search([("is_short", "=", True), ("request_id.state", "=", "approved")])
        short.move_id.filtered(lambda m: m.state not in ("done", "cancel"))._action_assign()
        arrived = short.filtered(lambda line: line.move_id.state == "assigned")
        arrived.is_short = False
        template = self.env.ref("aftersales_parts.mail_template_part_arrival")
        for request in arrived.request_id.filtered("partner_id"):
            if not request.line_ids.filtered("is_short"):
                template.send_mail(request.id)
        return arrived
