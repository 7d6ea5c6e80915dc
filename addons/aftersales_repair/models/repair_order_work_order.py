import hashlib

from odoo import api, fields, models
from odoo.exceptions import UserError

PAYMENT_METHODS = [
    ("cash", "Cash"),
    ("card", "Bank Card"),
    ("transfer", "Bank Transfer"),
    ("mobile", "Mobile Payment"),
    ("account", "On Account"),
]
OLD_PART_DISPOSALS = [
    ("take", "Customer Takes Them"),
    ("leave", "Left to the Workshop"),
    ("return", "Returned to the Maker"),
]
PAPER_REPORTS = {
    "reception": "aftersales_repair.report_reception_sheet",
    "work_order": "aftersales_repair.report_work_order",
}


class RepairOrder(models.Model):
    """The papers the customer signs: the reception sheet (预检单) and the work order (委托书).

    Each signature is an ``aftersales.signed.paper`` kept with its PDF; the job shows the latest, and a
    paper the job no longer matches counts as unsigned until the customer signs it again."""

    _inherit = "repair.order"

    estimated_completion = fields.Datetime(
        string="Promised For", tracking=True, help="When the customer is told the vehicle will be ready."
    )
    payment_method = fields.Selection(PAYMENT_METHODS, tracking=True)
    old_part_disposal = fields.Selection(
        OLD_PART_DISPOSALS,
        string="Old Parts",
        default="leave",
        tracking=True,
        help="What becomes of the customer-paid parts taken off; parts replaced under warranty go back to the "
        "maker whatever is chosen here.",
    )
    wash = fields.Boolean(string="Wash the Vehicle")
    amount_estimated = fields.Monetary(
        compute="_compute_amount_estimated",
        currency_field="aftersales_currency_id",
        string="Estimated Cost",
        help="Labour and parts of the job, whoever pays them.",
    )
    signed_paper_ids = fields.One2many("aftersales.signed.paper", "repair_id", string="Signed Papers")
    customer_signature = fields.Binary(compute="_compute_signatures", string="Reception Signature")
    signed_by = fields.Char(compute="_compute_signatures", string="Reception Signed By")
    signed_on = fields.Datetime(compute="_compute_signatures", string="Reception Signed On")
    reception_signed = fields.Boolean(
        compute="_compute_signatures", help="The customer signed the reception sheet as it reads now."
    )
    work_order_signed_paper_id = fields.Many2one(
        "aftersales.signed.paper",
        compute="_compute_signatures",
        string="Signed Work Order",
        help="The customer's signature of the work order as it reads now; empty when the job changed since.",
    )

    @api.depends("amount_customer", "amount_warranty", "amount_goodwill", "amount_internal")
    def _compute_amount_estimated(self):
        for repair in self:
            repair.amount_estimated = (
                repair.amount_customer + repair.amount_warranty + repair.amount_goodwill + repair.amount_internal
            )

    @api.depends(
        "signed_paper_ids",
        "walkaround_notes",
        "belongings",
        "fuel_level",
        "odometer_in",
        "customer_complaint",
        "labour_ids.name",
        "labour_ids.std_hours",
        "labour_ids.rate",
        "labour_ids.pay_type",
        "labour_ids.aftersales_position",
        "move_ids.product_id",
        "move_ids.product_uom_qty",
        "move_ids.pay_type",
        "move_ids.aftersales_position",
        "estimated_completion",
        "payment_method",
        "old_part_disposal",
        "wash",
    )
    def _compute_signatures(self):
        for repair in self:
            current = {}
            for signed in repair.signed_paper_ids.sorted("version"):
                current[signed.paper] = signed
            reception = current.get("reception")
            repair.customer_signature = reception.signature if reception else False
            repair.signed_by = reception.signed_by if reception else False
            repair.signed_on = reception.signed_on if reception else False
            repair.reception_signed = bool(reception) and (
                reception.fingerprint == repair._aftersales_paper_fingerprint("reception")
            )
            work_order = current.get("work_order")
            matches = work_order and work_order.fingerprint == repair._aftersales_paper_fingerprint("work_order")
            repair.work_order_signed_paper_id = work_order if matches else False

    def _aftersales_paper_report(self, paper):
        return PAPER_REPORTS[paper]

    def _aftersales_paper_fingerprint(self, paper):
        """A digest of what ``paper`` says about the job: the same job, the same digest."""
        self.ensure_one()
        if paper == "reception":
            content = [
                self.odometer_in,
                self.fuel_level,
                self.walkaround_notes,
                self.belongings,
                self.customer_complaint,
            ]
        else:
            content = [
                sorted(
                    (line.name or "", line.std_hours, line.rate, line.pay_type or "", line.aftersales_position or "")
                    for line in self.labour_ids
                ),
                sorted(
                    (
                        move.product_id.id,
                        move.product_uom_qty,
                        move.pay_type or "",
                        move.aftersales_position or "",
                        move.repair_line_type or "",
                    )
                    for move in self.move_ids
                ),
                str(self.estimated_completion or ""),
                self.payment_method,
                self.old_part_disposal,
                self.wash,
            ]
        return hashlib.sha256(repr(content).encode()).hexdigest()

    def _aftersales_sign(self, paper, signature, signed_by, channel="tablet"):
        """The customer signs ``paper``: a new signed version beside the earlier ones."""
        self.ensure_one()
        if self.state == "cancel":
            raise UserError(self.env._("%(job)s is cancelled: there is nothing to sign.", job=self.name))
        if paper == "work_order" and not (self.labour_ids or self.move_ids):
            raise UserError(
                self.env._("Add the work to %(job)s before the customer signs its work order.", job=self.name)
            )
        if not signature or not (signed_by or "").strip():
            raise UserError(self.env._("The customer's signature and name are both needed."))
        signed = self.env["aftersales.signed.paper"]._sign(self, paper, signature, signed_by.strip(), channel)
        label = dict(signed._fields["paper"]._description_selection(self.env))[paper]
        self.message_post(
            body=self.env._(
                "%(paper)s signed by %(name)s (version %(version)s).",
                paper=label,
                name=signed.signed_by,
                version=signed.version,
            )
        )
        return signed

    def action_open_sign(self):
        """The customer signs on the adviser's tablet: the paper comes from the button's context."""
        self.ensure_one()
        paper = self.env.context.get("aftersales_paper", "work_order")
        return {
            "type": "ir.actions.act_window",
            "name": dict(self.env["aftersales.signed.paper"]._fields["paper"]._description_selection(self.env))[paper],
            "res_model": "aftersales.repair.sign",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_repair_id": self.id,
                "default_paper": paper,
                "default_signed_by": self.partner_id.name,
            },
        }

    def _aftersales_portal_can_sign(self):
        """The customer signs the work order online while the work is still to be done."""
        self.ensure_one()
        return (
            self.state in ("draft", "confirmed", "under_repair")
            and bool(self.labour_ids or self.move_ids)
            and not self.work_order_signed_paper_id
        )

    def _aftersales_check_printable(self, report_name):
        """A work order is printed for a job that is still going to be done (not a cancelled one); the
        settlement the customer pays from, once the job is done."""
        result = super()._aftersales_check_printable(report_name)
        if report_name == "aftersales_repair.report_work_order":
            cancelled = self.filtered(lambda r: r.state == "cancel")
            if cancelled:
                raise UserError(
                    self.env._("%(jobs)s is cancelled: it has no work order.", jobs=", ".join(cancelled.mapped("name")))
                )
        if report_name == "aftersales_repair.report_customer_settlement":
            unfinished = self.filtered(lambda r: r.state != "done")
            if unfinished:
                raise UserError(
                    self.env._(
                        "%(jobs)s is not finished: its settlement is printed when the work is done.",
                        jobs=", ".join(unfinished.mapped("name")),
                    )
                )
        return result

    def action_validate(self):
        """000#6: the reception sheet is signed before the work order, where the company asks for it."""
        unsigned = self.filtered(
            lambda r: r.company_id.aftersales_reception_signature_required and not r.reception_signed
        )
        if unsigned:
            raise UserError(
                self.env._(
                    "The customer signs the reception sheet of %(jobs)s before the job is confirmed.",
                    jobs=", ".join(unsigned.mapped("name")),
                )
            )
        return super().action_validate()
