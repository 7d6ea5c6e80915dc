from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

from ..tools.subsidy import retention_end, return_path
from .aftersales_subsidy import RETURN_PATH_SELECTION


class Rma(models.Model):
    """A return (退货: an RMA whose operation refunds the customer) of a subsidised product waits for the
    subsidy to be settled (先退补贴后退货); exchanges and repairs leave the subsidy alone."""

    _name = "rma"
    _inherit = ["rma", "aftersales.workflow.guard.mixin"]

    subsidy_id = fields.Many2one(
        "aftersales.subsidy",
        string="家电下乡 Subsidy",
        compute="_compute_subsidy_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        tracking=True,
        domain="[('partner_id', 'child_of', commercial_partner_id)]",
        help="Found from the customer and the product (the invoice named as source document first); "
        "pick another one if needed.",
    )
    subsidy_state = fields.Selection(related="subsidy_id.state", string="Subsidy Status")
    subsidy_return_path = fields.Selection(
        RETURN_PATH_SELECTION,
        compute="_compute_subsidy_return_path",
        store=True,
        help="先退补贴后退货: how this return goes on while the subsidy is in its current state.",
    )
    subsidy_pre_return = fields.Boolean(
        string="Pre-return",
        readonly=True,
        copy=False,
        tracking=True,
        help="预退货: recorded while the subsidy was approved but not paid; the return goes on once the "
        "subsidy is paid and refunded.",
    )
    subsidy_returned_on = fields.Date(
        string="Subsidy Return Recorded On",
        readonly=True,
        copy=False,
        help="The return of a subsidised product is kept three years from this date.",
    )

    @api.depends("partner_id", "product_id", "origin")
    def _compute_subsidy_id(self):
        """The subsidy of the customer's product, in one search for the batch: the one of the invoice named
        as source document, else one not returned yet, the latest first."""
        todo = self.filtered(lambda r: r.state == "draft" and r.partner_id and r.product_id)
        for rma in self - todo:
            rma.subsidy_id = rma.subsidy_id
        if not todo:
            return
        # sudo: RMAs are also created by users who do not handle subsidies (stock returns, the portal).
        subsidies = (
            self.env["aftersales.subsidy"]
            .sudo()
            .search(
                [
                    ("partner_id", "child_of", todo.partner_id.commercial_partner_id.ids),
                    ("product_id", "in", todo.product_id.ids),
                ],
                order="return_date desc, id desc",
            )
        )
        for rma in todo:
            candidates = subsidies.filtered(
                lambda s, rma=rma: s.product_id == rma.product_id
                and s.partner_id.commercial_partner_id == rma.partner_id.commercial_partner_id
            )
            rma.subsidy_id = (
                candidates.filtered(lambda s, rma=rma: rma.origin and s.invoice_id.name == rma.origin)[:1]
                or candidates.filtered(lambda s: not s.return_date and s.state != "cancelled")[:1]
                or candidates.filtered(lambda s: not s.return_date)[:1]
            )

    @api.depends("subsidy_id.state", "operation_id.action_create_refund")
    def _compute_subsidy_return_path(self):
        for rma in self:
            rma.subsidy_return_path = (
                return_path(rma.subsidy_id.state) if rma.subsidy_id and rma._aftersales_subsidy_is_return() else False
            )

    def _aftersales_subsidy_is_return(self):
        """A return (退货) refunds the customer; an operation not chosen yet is taken for one."""
        self.ensure_one()
        return not self.operation_id or bool(self.operation_id.action_create_refund)

    def _workflow_fields(self):
        pre_return = self.env._("Pre-return")
        confirm = self.env._("Confirm")
        return dict(super()._workflow_fields(), subsidy_pre_return=pre_return, subsidy_returned_on=confirm)

    def _aftersales_subsidy_check_return(self):
        """Refuse the return while the subsidy is approved and unpaid, or paid and not refunded."""
        for rma in self.filtered("subsidy_return_path"):
            subsidy = rma.subsidy_id
            if rma.subsidy_return_path == "pre_return":
                raise UserError(
                    self.env._(
                        "%(rma)s: the subsidy %(subsidy)s passed the county finance check and is not paid yet. "
                        "Record a pre-return; the return goes on once the subsidy is paid and the customer has "
                        "refunded it.",
                        rma=rma.name,
                        subsidy=subsidy.name,
                    )
                )
            if rma.subsidy_return_path == "refund_first":
                raise UserError(
                    self.env._(
                        "%(rma)s: the customer has received the subsidy %(subsidy)s (%(amount)s). The subsidy is "
                        "refunded first: the customer fills in the subsidy refund form and refunds it at the "
                        "township finance office, which signs the invoice; then the return goes on.",
                        rma=rma.name,
                        subsidy=subsidy.name,
                        amount=subsidy.amount,
                    )
                )
            if rma.subsidy_return_path == "ready" and not subsidy.voided_invoice_copy:
                raise UserError(
                    self.env._(
                        "%(rma)s: attach the stamped copy of the voided invoice to the subsidy %(subsidy)s: it is "
                        "kept with the return record.",
                        rma=rma.name,
                        subsidy=subsidy.name,
                    )
                )

    def action_confirm(self):
        drafts = self.filtered(lambda r: r.state == "draft")
        drafts._aftersales_subsidy_check_return()
        result = super().action_confirm()
        returned = drafts.filtered(lambda r: r.state != "draft" and r.subsidy_return_path)
        if returned:
            with workflow_writes():
                returned.write({"subsidy_returned_on": fields.Date.context_today(self)})
            returned.subsidy_id._record_return()
        return result

    def action_refund(self):
        self.filtered("can_be_refunded")._aftersales_subsidy_check_return()
        return super().action_refund()

    def action_subsidy_pre_return(self):
        """预退货: the subsidy passed the county check but is not paid yet; the return waits for the money."""
        wrong = self.filtered(lambda r: r.state != "draft" or r.subsidy_return_path != "pre_return")
        if wrong:
            raise UserError(
                self.env._(
                    "%(rma)s: a pre-return is recorded on a draft return whose subsidy passed the county check "
                    "and is not paid yet.",
                    rma=wrong[0].name,
                )
            )
        with workflow_writes():
            self.write({"subsidy_pre_return": True})
        for rma in self:
            rma.message_post(body=self.env._("Pre-return recorded: waiting for the subsidy to be paid."))
            rma.subsidy_id.message_post(body=self.env._("Pre-return %(rma)s recorded.", rma=rma.name))
        return True

    def _aftersales_subsidy_notify(self, message):
        """Tell the people handling these returns that their subsidy moved."""
        for rma in self:
            rma.message_post(body=message)
            rma.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=message,
                user_id=rma.user_id.id or self.env.uid,
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_subsidy_return_kept(self):
        """The record of a subsidised product's return is kept three years (留存3年备查)."""
        today = fields.Date.context_today(self)
        kept = self.filtered(lambda r: r.subsidy_returned_on and retention_end(r.subsidy_returned_on, []) > today)
        if kept:
            raise UserError(
                self.env._(
                    "%(rmas)s records the return of a subsidised product: it is kept three years.",
                    rmas=", ".join(kept.mapped("name")),
                )
            )

    def action_view_subsidy(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.subsidy",
            "view_mode": "form",
            "res_id": self.subsidy_id.id,
        }
