from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# What the dealer returns is fixed once Quality confirmed it: the RMAs are made of it.
RETURNED_FIELDS = ("product_id", "quantity", "uom_id", "lot_id")
SAMPLING_FIELDS = ("sampled_qty", "defective_qty")


class AftersalesBatchReturnLine(models.Model):
    """A product of the batch return, the RMA it travels on and what Quality's sampling found."""

    _name = "aftersales.batch.return.line"
    _description = "Batch Return Line"
    _check_company_auto = True
    _inherit = ["aftersales.rpc.mixin"]
    _order = "batch_id, sequence, id"

    batch_id = fields.Many2one(
        "aftersales.batch.return", string="Batch Return", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="batch_id.company_id", store=True, index=True)
    stage_code = fields.Selection(related="batch_id.stage_id.code", string="Step")
    sequence = fields.Integer(default=10)
    product_id = fields.Many2one(
        "product.product",
        required=True,
        index=True,
        check_company=True,
        domain=[("type", "=", "consu")],
    )
    quantity = fields.Float(required=True, default=1.0, digits="Product Unit of Measure")
    uom_id = fields.Many2one(
        "uom.uom",
        string="Unit of Measure",
        required=True,
        compute="_compute_uom_id",
        store=True,
        readonly=False,
        precompute=True,
        domain="[('category_id', '=', product_uom_category_id)]",
    )
    product_uom_category_id = fields.Many2one(related="product_id.uom_id.category_id")
    lot_id = fields.Many2one(
        "stock.lot",
        string="Lot/Serial Number",
        check_company=True,
        domain="[('product_id', '=', product_id)]",
        help="The production lot returned, when the dealer knows it.",
    )
    rma_id = fields.Many2one("rma", string="RMA", readonly=True, copy=False, index="btree_not_null")
    rma_state = fields.Selection(related="rma_id.state", string="RMA Status")
    sampled_qty = fields.Float(string="Sampled", digits="Product Unit of Measure", copy=False)
    defective_qty = fields.Float(string="Defective", digits="Product Unit of Measure", copy=False)
    rework_note = fields.Text(
        string="Rework", copy=False, help="How the defective units of this product were reworked."
    )

    @api.constrains("quantity")
    def _check_quantity(self):
        for line in self.filtered(lambda line: line.quantity <= 0):
            raise ValidationError(
                self.env._("%(product)s: the returned quantity must be positive.", product=line.product_id.display_name)
            )

    @api.depends("product_id")
    def _compute_uom_id(self):
        for line in self:
            if line.product_id and (not line.uom_id or line.uom_id.category_id != line.product_id.uom_id.category_id):
                line.uom_id = line.product_id.uom_id

    def _workflow_fields(self):
        return dict(super()._workflow_fields(), rma_id=self.env._("Quality's confirmation of the batch return"))

    @api.model_create_multi
    def create(self, vals_list):
        batches = self.env["aftersales.batch.return"].browse([vals.get("batch_id") for vals in vals_list])
        started = batches.filtered(lambda batch: batch.stage_code not in (False, "request"))
        if started:
            raise UserError(self.env._("%(batch)s is confirmed: no product can be added to it.", batch=started[0].name))
        return super().create(vals_list)

    def write(self, vals):
        if any(name in vals for name in RETURNED_FIELDS):
            started = self.batch_id.filtered(lambda batch: batch.stage_code != "request")
            if started:
                raise UserError(
                    self.env._(
                        "%(batch)s is confirmed: its products and quantities no longer change.",
                        batch=started[0].name,
                    )
                )
        if any(name in vals for name in SAMPLING_FIELDS):
            elsewhere = self.batch_id.filtered(lambda batch: batch.stage_code != "sample")
            if elsewhere:
                raise UserError(
                    self.env._(
                        "The sampling of %(batch)s is recorded at the sampling stage only.", batch=elsewhere[0].name
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_requested(self):
        started = self.batch_id.filtered(lambda batch: batch.stage_code != "request")
        if started:
            raise UserError(
                self.env._("%(batch)s is confirmed: its products cannot be removed.", batch=started[0].name)
            )

    def _check_returnable(self):
        for line in self:
            if line.quantity <= 0:
                raise UserError(
                    self.env._(
                        "%(batch)s: the quantity of %(product)s must be positive.",
                        batch=line.batch_id.name,
                        product=line.product_id.display_name,
                    )
                )
            if line.product_id.type != "consu":
                raise UserError(
                    self.env._(
                        "%(batch)s: %(product)s is not a physical product and cannot be returned.",
                        batch=line.batch_id.name,
                        product=line.product_id.display_name,
                    )
                )

    def _prepare_rma_values(self):
        """The RMA carrying this line: from the dealer, into the company's RMA location."""
        self.ensure_one()
        batch = self.batch_id
        values = {
            "partner_id": batch.partner_id.id,
            "company_id": batch.company_id.id,
            "origin": batch.name,
            "operation_id": batch.operation_id.id,
            "product_id": self.product_id.id,
            "product_uom_qty": self.quantity,
            "product_uom": self.uom_id.id,
            "description": batch.reason,
            "batch_return_id": batch.id,
        }
        if self.lot_id and "lot_id" in self.env["rma"]._fields:  # rma_lot
            values["lot_id"] = self.lot_id.id
        return values

    def _sampling_message(self, error):
        self.ensure_one()
        messages = {
            "negative": self.env._("%(product)s: the sampled and defective quantities cannot be negative."),
            "not_sampled": self.env._("%(product)s: enter the sampled quantity."),
            "sampled_over": self.env._("%(product)s: more units sampled than returned (%(quantity)s)."),
            "defective_over": self.env._("%(product)s: more defective units than sampled."),
        }
        return messages[error] % {"product": self.product_id.display_name, "quantity": self.quantity}
