from odoo import Command, fields, models
from odoo.exceptions import AccessError


class Rma(models.Model):
    """A 三包 return: the vehicle comes back by its serial, then accounting refunds the price less the usage
    compensation, or the warehouse delivers the replacement and the compensation is invoiced."""

    _inherit = ["rma", "aftersales.workflow.guard.mixin"]
    _name = "rma"

    sanbao_request_id = fields.Many2one(
        "aftersales.sanbao.request", string="三包 Request", readonly=True, copy=False, index="btree_not_null"
    )
    vehicle_id = fields.Many2one(related="sanbao_request_id.vehicle_id", string="Vehicle", store=True)

    def _workflow_fields(self):
        # The refund price and the vehicle register follow the request: nobody attaches one by hand.
        return dict(super()._workflow_fields(), sanbao_request_id=self.env._("the 三包 decision"))

    def action_refund(self):
        """A 三包 refund is money out to the customer: accounting issues it."""
        if self.filtered("sanbao_request_id") and not self.env.user.has_group("account.group_account_invoice"):
            raise AccessError(self.env._("Only accounting issues the refund of a 三包 return."))
        # rma's button returns nothing, which XML-RPC cannot marshal.
        return super().action_refund() or True

    def _prepare_refund_line_vals(self):
        vals = super()._prepare_refund_line_vals()
        if self.sanbao_request_id:
            # What the customer paid (车价款), not today's list price.
            vals["price_unit"] = self.sanbao_request_id.price
        return vals

    def _action_refund_after_hook(self):
        result = super()._action_refund_after_hook()
        for rma in self.filtered(lambda r: r.sanbao_request_id.compensation):
            vehicle_line = rma.refund_id.invoice_line_ids.filtered(lambda line, r=rma: line.rma_id == r)
            line_vals = rma.sanbao_request_id._compensation_line_vals(-1)
            line_vals["tax_ids"] = [Command.set(vehicle_line.tax_ids.ids)]
            rma.refund_id.write({"invoice_line_ids": [Command.create(line_vals)]})
        return result

    def update_received_state_on_reception(self):
        result = super().update_received_state_on_reception()
        self.filtered("sanbao_request_id")._close_returned_vehicles()
        return result

    def _close_returned_vehicles(self):
        for rma in self:
            request = rma.sanbao_request_id
            refund = request.kind == "refund"
            reason = (
                self.env._(
                    "Returned for a refund under 三包 request %(request)s (%(rma)s).",
                    request=request.name,
                    rma=rma.name,
                )
                if refund
                else self.env._(
                    "Exchanged under 三包 request %(request)s (%(rma)s).", request=request.name, rma=rma.name
                )
            )
            # The warehouse validates the receipt; closing the VIN is its consequence, whoever the storekeeper is.
            request.vehicle_id.sudo()._close_register("returned" if refund else "exchanged", reason)

    def update_replaced_state(self):
        already = self.filtered(lambda r: r.state == "replaced")
        result = super().update_replaced_state()
        (self.filtered(lambda r: r.state == "replaced" and r.sanbao_request_id) - already)._register_replacements()
        return result

    def _register_replacements(self):
        """The replacement is delivered: register it by the serial that left, and invoice the compensation."""
        for rma in self:
            request = rma.sanbao_request_id.sudo()
            moves = rma.delivery_move_ids.filtered(lambda m: m.state == "done")
            for line in moves.move_line_ids.filtered("lot_id"):
                request.vehicle_id._register_replacement(line.lot_id, fields.Date.context_today(self, line.date))
            request._invoice_compensation()
