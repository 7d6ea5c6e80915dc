from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.subsidy import RETURN_PATHS, retention_end, return_path, subsidy_amount

SUBSIDY_STATES = [
    ("not_declared", "Not Declared"),
    ("declared", "Declared"),
    ("rejected", "Check Failed"),
    ("approved", "Check Passed"),
    ("paid", "Paid"),
    ("refunded", "Refunded"),
    ("cancelled", "Filing Cancelled"),
]
RETURN_PATH_SELECTION = list(
    zip(
        RETURN_PATHS,
        ["Return Directly", "Pre-return until Paid", "Refund the Subsidy First", "Subsidy Refunded, Return Allowed"],
        strict=True,
    )
)
# The facts the filing was made on: they do not change once it is declared.
FILED_FACTS = ("invoice_id", "invoice_line_id", "product_id", "serial_number", "label_card", "amount")
EVENT_DATES = ("declared_date", "checked_date", "paid_date", "refund_date", "cancelled_date")


class AftersalesSubsidy(models.Model):
    """家电下乡 subsidy of one product sold to a rural household (document 002): declared at the township
    finance office, checked by the county, paid to the buyer. A return of the product waits until the
    subsidy is settled (先退补贴后退货): see ``rma``."""

    _name = "aftersales.subsidy"
    _description = "家电下乡 Subsidy"
    _check_company_auto = True
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
    ]
    _sequence_code = "aftersales.subsidy"
    _order = "id desc"
    _rec_names_search = ["name", "label_card", "serial_number"]

    invoice_id = fields.Many2one(
        "account.move",
        string="Sales Invoice",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
        domain=[("move_type", "=", "out_invoice"), ("state", "=", "posted")],
    )
    invoice_line_id = fields.Many2one(
        "account.move.line",
        check_company=True,
        domain="[('move_id', '=', invoice_id), ('display_type', '=', 'product')]",
        help="The line of the product on the invoice: its price gives the subsidy.",
    )
    product_id = fields.Many2one(
        "product.product",
        compute="_compute_product_id",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
        index=True,
        tracking=True,
    )
    partner_id = fields.Many2one(related="invoice_id.partner_id", string="Purchaser", store=True, index=True)
    company_id = fields.Many2one(related="invoice_id.company_id", store=True, index=True, precompute=True)
    currency_id = fields.Many2one(related="invoice_id.currency_id")
    invoice_date = fields.Date(related="invoice_id.invoice_date", string="Sold On")
    serial_number = fields.Char(
        string="Product Serial Number", required=True, tracking=True, help="产品生产编号, as on the product."
    )
    label_card = fields.Char(
        string="Label Card Number",
        required=True,
        tracking=True,
        help="标识卡号码: the card that comes with each subsidised product, written on the invoice.",
    )
    amount = fields.Monetary(
        string="Subsidy",
        compute="_compute_amount",
        store=True,
        precompute=True,
        readonly=False,
        tracking=True,
        help="13% of the price on the invoice, as the township finance office sets it.",
    )
    state = fields.Selection(
        SUBSIDY_STATES, default="not_declared", required=True, tracking=True, index=True, copy=False
    )
    return_path = fields.Selection(
        RETURN_PATH_SELECTION,
        compute="_compute_return_path",
        store=True,
        help="How the product is returned while the subsidy is in this state (先退补贴后退货).",
    )
    declared_date = fields.Date(string="Declared On", readonly=True, copy=False, tracking=True)
    checked_date = fields.Date(
        string="Checked On", readonly=True, copy=False, tracking=True, help="The county finance check."
    )
    check_note = fields.Text(string="Check Result", help="Why the county finance office refused the filing.")
    paid_date = fields.Date(string="Paid On", readonly=True, copy=False, tracking=True)
    refund_date = fields.Date(
        string="Refunded On",
        readonly=True,
        copy=False,
        tracking=True,
        help="The township finance office confirmed the customer's refund of the subsidy.",
    )
    refund_confirmed_by_id = fields.Many2one("res.users", string="Refund Recorded By", readonly=True, copy=False)
    cancelled_date = fields.Date(string="Filing Cancelled On", readonly=True, copy=False, tracking=True)
    return_date = fields.Date(
        string="Returned On", readonly=True, copy=False, tracking=True, help="The return of the product was confirmed."
    )
    refund_form = fields.Binary(
        attachment=True,
        copy=False,
        help="家电下乡补贴资金申报(退还)表, signed and stamped by the township finance office.",
    )
    refund_form_filename = fields.Char(copy=False)
    voided_invoice_copy = fields.Binary(
        attachment=True,
        copy=False,
        help="Copy of the voided sales invoice, stamped by the sales office, kept with the return record.",
    )
    voided_invoice_copy_filename = fields.Char(copy=False)
    rma_ids = fields.One2many("rma", "subsidy_id", string="Returns")
    rma_count = fields.Integer(compute="_compute_rma_count", string="Return Count")
    retain_until = fields.Date(
        string="Kept Until",
        compute="_compute_retain_until",
        store=True,
        help="Three years after the return or the last event: the record cannot be deleted before.",
    )

    _sql_constraints = [
        ("label_card_unique", "UNIQUE(company_id, label_card)", "A label card number is declared only once."),
        ("amount_positive", "CHECK(amount >= 0)", "The subsidy cannot be negative."),
    ]

    @api.depends("invoice_line_id")
    def _compute_product_id(self):
        for subsidy in self.filtered("invoice_line_id"):
            subsidy.product_id = subsidy.invoice_line_id.product_id

    @api.depends("invoice_line_id.price_total")
    def _compute_amount(self):
        for subsidy in self:
            if subsidy.invoice_line_id:
                line = subsidy.invoice_line_id
                subsidy.amount = subsidy_amount(line.price_total / (line.quantity or 1.0))
            else:
                subsidy.amount = subsidy.amount or 0.0

    @api.depends("state")
    def _compute_return_path(self):
        for subsidy in self:
            subsidy.return_path = return_path(subsidy.state)

    def _compute_rma_count(self):
        counts = dict(self.env["rma"]._read_group([("subsidy_id", "in", self.ids)], ["subsidy_id"], ["__count"]))
        for subsidy in self:
            subsidy.rma_count = counts.get(subsidy, 0)

    @api.depends("return_date", *EVENT_DATES)
    def _compute_retain_until(self):
        for subsidy in self:
            subsidy.retain_until = retention_end(subsidy.return_date, [subsidy[name] for name in EVENT_DATES])

    @api.constrains("invoice_id", "invoice_line_id")
    def _check_invoice(self):
        for subsidy in self:
            if subsidy.invoice_id.move_type != "out_invoice":
                raise ValidationError(
                    self.env._("%(subsidy)s: a subsidy is declared on a customer invoice.", subsidy=subsidy.name)
                )
            if subsidy.invoice_line_id and subsidy.invoice_line_id.move_id != subsidy.invoice_id:
                raise ValidationError(
                    self.env._("%(subsidy)s: the invoice line is not on the sales invoice.", subsidy=subsidy.name)
                )

    def _workflow_fields(self):
        buttons = self.env._("the subsidy's buttons")
        refund = self.env._("Confirm Refund")
        returns = self.env._("the confirmation of the return")
        return dict(
            super()._workflow_fields(),
            state=buttons,
            declared_date=buttons,
            checked_date=buttons,
            paid_date=buttons,
            cancelled_date=buttons,
            refund_date=refund,
            refund_confirmed_by_id=refund,
            return_date=returns,
        )

    def write(self, vals):
        """The facts a filing was made on, and the papers of the return record, stay as they were."""
        if not self.env.su:
            filed = self.filtered(lambda s: s.state not in ("not_declared", "rejected") or s.return_date)
            changed = {
                name
                for subsidy in filed
                for name in FILED_FACTS
                if name in vals and self._fields[name].convert_to_write(subsidy[name], subsidy) != vals[name]
            }
            if changed:
                raise UserError(
                    self.env._(
                        "%(subsidies)s: the invoice, product, serial number, label card and amount of a declared "
                        "subsidy do not change.",
                        subsidies=", ".join(filed.mapped("name")),
                    )
                )
            kept_papers = (
                "refund_form" in vals and self.filtered(lambda s: s.state == "refunded" and s.refund_form)
            ) or ("voided_invoice_copy" in vals and self.filtered(lambda s: s.return_date and s.voided_invoice_copy))
            if kept_papers:
                raise UserError(
                    self.env._(
                        "%(subsidies)s: the refund form of a refunded subsidy and the voided invoice copy of a "
                        "returned product are kept with the return record as they are.",
                        subsidies=", ".join(kept_papers.mapped("name")),
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_kept(self):
        """Each return is kept three years for inspection (留存3年备查), and so is its subsidy."""
        today = fields.Date.context_today(self)
        kept = self.filtered(lambda s: s.retain_until and s.retain_until > today)
        if kept:
            raise UserError(
                self.env._(
                    "%(subsidies)s is kept until %(date)s and cannot be deleted before.",
                    subsidies=", ".join(kept.mapped("name")),
                    date=max(kept.mapped("retain_until")),
                )
            )

    # Buttons --------------------------------------------------------------------------------------------

    def _check_state(self, allowed, action):
        wrong = self.filtered(lambda s: s.state not in allowed)
        if wrong:
            states = dict(self._fields["state"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(subsidy)s is %(state)s: it cannot be %(action)s.",
                    subsidy=wrong[0].name,
                    state=states[wrong[0].state],
                    action=action,
                )
            )

    def _move(self, values, message):
        with workflow_writes():
            self.write(values)
        for subsidy in self:
            subsidy.message_post(body=message)

    def action_declare(self):
        """The purchaser declared the subsidy at the township finance office (申报备案)."""
        self._check_state(("not_declared", "rejected"), self.env._("declared"))
        returned = self.filtered("return_date")
        if returned:
            raise UserError(
                self.env._("%(subsidy)s: the product was returned, no subsidy is due.", subsidy=returned[0].name)
            )
        today = fields.Date.context_today(self)
        self._move(
            {"state": "declared", "declared_date": today, "checked_date": False},
            self.env._("Declared at the township finance office."),
        )
        return True

    def action_check_pass(self):
        """The county finance office's check passed (核查通过): the money will be paid."""
        self._check_state(("declared",), self.env._("checked"))
        self._move(
            {"state": "approved", "checked_date": fields.Date.context_today(self)},
            self.env._("The county finance check passed; the subsidy waits for payment."),
        )
        return True

    def action_check_fail(self):
        """The county finance office's check failed (核查不通过): the product may be returned directly."""
        self._check_state(("declared",), self.env._("checked"))
        self._move(
            {"state": "rejected", "checked_date": fields.Date.context_today(self)},
            self.env._("The county finance check failed."),
        )
        return True

    def action_mark_paid(self):
        """The bank paid the subsidy to the purchaser (已领取); a pre-return now needs the subsidy refunded."""
        self._check_state(("approved",), self.env._("marked paid"))
        self._move(
            {"state": "paid", "paid_date": fields.Date.context_today(self)},
            self.env._("The subsidy is paid to the purchaser."),
        )
        self._draft_returns()._aftersales_subsidy_notify(
            self.env._(
                "The subsidy is paid: the customer refunds it (subsidy refund form) at the township finance office "
                "before the return goes on."
            )
        )
        return True

    def action_confirm_refund(self):
        """The township finance office confirmed the customer's refund and signed the invoice
        "补贴已退,可退货": the return may go on. Recorded by the accounting department."""
        if not self.env.user.has_group("account.group_account_invoice"):
            raise AccessError(self.env._("Only the accounting department records the refund of a subsidy."))
        self._check_state(("paid",), self.env._("refunded"))
        missing = self.filtered(lambda s: not s.refund_form)
        if missing:
            raise UserError(
                self.env._(
                    "%(subsidy)s: attach the refund form signed by the township finance office first.",
                    subsidy=missing[0].name,
                )
            )
        self._move(
            {
                "state": "refunded",
                "refund_date": fields.Date.context_today(self),
                "refund_confirmed_by_id": self.env.uid,
            },
            self.env._("Subsidy refunded, confirmed by the township finance office: the product may be returned."),
        )
        for subsidy in self:
            subsidy.invoice_id.message_post(
                body=self.env._("Subsidy refunded, return allowed (%(subsidy)s).", subsidy=subsidy.name)
            )
        self._draft_returns()._aftersales_subsidy_notify(self.env._("The subsidy is refunded: confirm the return."))
        return True

    def action_cancel_filing(self):
        """The filing is cancelled at the office it was made at (注销备案)."""
        self._check_state(("declared", "rejected"), self.env._("cancelled"))
        self._move(
            {"state": "cancelled", "cancelled_date": fields.Date.context_today(self)},
            self.env._("Filing cancelled."),
        )
        return True

    def _draft_returns(self):
        """The returns waiting for these subsidies; the accounting department may not read RMAs, and is
        still the one whose step they wait for."""
        return self.sudo().rma_ids.filtered(lambda r: r.state == "draft")

    def action_view_rmas(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("rma.rma_action")
        action["domain"] = [("subsidy_id", "=", self.id)]
        action["context"] = {"default_subsidy_id": self.id, "default_partner_id": self.partner_id.id}
        return action

    def _record_return(self):
        """The return of the product is confirmed: a filing still open is cancelled and the return is kept on
        record three years."""
        today = fields.Date.context_today(self)
        filed = self.filtered(lambda s: s.state in ("declared", "rejected"))
        with workflow_writes():
            filed.write({"state": "cancelled", "cancelled_date": today})
            self.write({"return_date": today})
        for subsidy in self:
            if subsidy in filed:
                body = self.env._("Product returned; filing cancelled.")
            else:
                body = self.env._("Product returned.")
            subsidy.message_post(body=body)
