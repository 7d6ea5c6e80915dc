from odoo import Command, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

# The RMA has received nothing yet: the decision can still be taken back.
RMA_UNDONE = ("draft", "confirmed", "cancelled")


class AftersalesSanbaoRequest(models.Model):
    """An approved exchange or refund becomes an RMA (OCA rma) that receives the vehicle back by its VIN."""

    _inherit = "aftersales.sanbao.request"

    rma_id = fields.Many2one("rma", string="Return (RMA)", readonly=True, copy=False, index="btree_not_null")
    rma_state = fields.Selection(related="rma_id.state", string="Return Status")
    refund_move_id = fields.Many2one(related="rma_id.refund_id", string="Credit Note")
    compensation_move_id = fields.Many2one(
        "account.move", string="Compensation Invoice", readonly=True, copy=False, index="btree_not_null"
    )
    replacement_vehicle_id = fields.Many2one(related="vehicle_id.replaced_by_id", string="Replacement Vehicle")

    def _workflow_fields(self):
        decision = self.env._("the warranty office's decision")
        return dict(super()._workflow_fields(), rma_id=decision, compensation_move_id=decision)

    def action_submit_request(self):
        """A vehicle already returned or exchanged has no 三包 left: its replacement carries its own."""
        closed = self.filtered(lambda r: r.vehicle_id.register_state != "in_service")
        if closed:
            raise UserError(
                self.env._(
                    "%(vehicles)s was returned or exchanged under 三包: ask on the vehicle in service.",
                    vehicles=", ".join(closed.vehicle_id.mapped("display_name")),
                )
            )
        return super().action_submit_request()

    def _approve(self, outcome):
        """The return receives the vehicle as its model (and serial): a vehicle without a model cannot go back."""
        missing = self.filtered(lambda r: not r.vehicle_id.product_id)
        if missing:
            raise UserError(
                self.env._(
                    "%(vehicles)s has no model: set it on the vehicle, the return receives the vehicle as its model.",
                    vehicles=", ".join(missing.vehicle_id.mapped("display_name")),
                )
            )
        return super()._approve(outcome)

    def _on_approved(self):
        result = super()._on_approved()
        self.filtered(lambda r: r.state in ("exchange", "refund") and not r.rma_id)._create_rmas()
        return result

    def _rma_vals(self):
        self.ensure_one()
        operation = self.env.ref(f"aftersales_sanbao_return.rma_operation_sanbao_{self.kind}")
        vehicle = self.vehicle_id
        return {
            "partner_id": self.partner_id.id,
            "product_id": vehicle.product_id.id,
            "lot_id": vehicle.lot_id.id,
            "product_uom_qty": 1,
            "product_uom": vehicle.product_id.uom_id.id,
            "operation_id": operation.id,
            "origin": self.name,
            "company_id": self.company_id.id,
            "user_id": self.decided_by_id.id,
            "sanbao_request_id": self.id,
        }

    def _create_rmas(self):
        """One confirmed RMA per approved request: its receipt waits for the vehicle."""
        # The approval, checked by the engine, is the authority for the return; the approver (the general
        # manager above the limit) need not be an RMA user.
        with workflow_writes():
            rmas = self.env["rma"].sudo().create([request._rma_vals() for request in self])
            rmas.action_confirm()
            for request, rma in zip(self, rmas, strict=True):
                request.rma_id = rma
        for request in self:
            request.message_post(
                body=self.env._("Return %(rma)s opened: the vehicle is to be received.", rma=request.rma_id.name)
            )

    def _compensation_line_vals(self, sign):
        self.ensure_one()
        product = self.env.ref("aftersales_sanbao_return.product_usage_compensation")
        return {
            "product_id": product.id,
            "name": self.env._(
                "Usage compensation, %(km)s km x %(rate)s %% (%(request)s)",
                km=self.km_driven,
                rate=self.compensation_rate,
                request=self.name,
            ),
            "quantity": 1,
            "price_unit": sign * self.compensation,
        }

    def _invoice_compensation(self):
        """On an exchange the customer pays the usage compensation: a draft invoice for accounting."""
        todo = self.filtered(lambda r: r.kind == "exchange" and r.compensation and not r.compensation_move_id)
        if not todo:
            return
        moves = self.env["account.move"].create(
            [
                {
                    "move_type": "out_invoice",
                    "company_id": request.company_id.id,
                    "partner_id": request.partner_id.id,
                    "invoice_origin": request.name,
                    "invoice_line_ids": [Command.create(request._compensation_line_vals(1))],
                }
                for request in todo
            ]
        )
        with workflow_writes():
            for request, move in zip(todo, moves, strict=True):
                request.compensation_move_id = move

    def action_reopen(self, reason=None):
        """Taken back only while nothing has been received: the open return is cancelled with it."""
        started = self.filtered(lambda r: r.rma_id and r.rma_id.state not in RMA_UNDONE)
        if started:
            raise UserError(
                self.env._(
                    "%(rmas)s has already received the vehicle: the decision stands.",
                    rmas=", ".join(started.rma_id.mapped("name")),
                )
            )
        result = super().action_reopen(reason)
        rmas = self.rma_id
        rmas.sudo().action_cancel()
        with workflow_writes():
            self.write({"rma_id": False})
        return result

    def action_view_rma(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "rma",
            "res_id": self.rma_id.id,
            "view_mode": "form",
        }

    def action_view_compensation_move(self):
        self.ensure_one()
        return self.compensation_move_id._get_records_action()
