from odoo import fields, models

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

REGISTER_STATES = [("in_service", "In Service"), ("returned", "Returned (Refunded)"), ("exchanged", "Exchanged")]


class AftersalesVehicle(models.Model):
    """The vehicle register follows 三包 returns: a returned VIN is closed with its reason, and the vehicle
    given in exchange is registered with its own delivery (its own warranties and 三包 period)."""

    _inherit = "aftersales.vehicle"

    register_state = fields.Selection(
        REGISTER_STATES, string="Register", default="in_service", required=True, tracking=True, index=True, copy=False
    )
    closed_on = fields.Date(readonly=True, copy=False, help="The day the returned vehicle was received back.")
    closed_reason = fields.Char(readonly=True, copy=False)
    replaced_by_id = fields.Many2one(
        "aftersales.vehicle", string="Exchanged For", readonly=True, copy=False, index="btree_not_null"
    )
    replaces_id = fields.Many2one(
        "aftersales.vehicle", string="Given in Exchange For", readonly=True, copy=False, index="btree_not_null"
    )

    def _workflow_fields(self):
        register = self.env._("the 三包 return")
        return dict(
            super()._workflow_fields(),
            register_state=register,
            closed_on=register,
            closed_reason=register,
            replaced_by_id=register,
            replaces_id=register,
        )

    def _close_register(self, state, reason):
        """The VIN leaves service: it was received back on a refund or an exchange."""
        with workflow_writes():
            self.write({"register_state": state, "closed_on": fields.Date.context_today(self), "closed_reason": reason})
        for vehicle in self:
            vehicle.message_post(body=reason)

    def _register_replacement(self, lot, on_date):
        """Register the vehicle delivered in exchange: same owner and dealer, warranties from its own delivery."""
        self.ensure_one()
        with workflow_writes():
            replacement = self.create(
                {
                    "lot_id": lot.id,
                    "partner_id": self.partner_id.id,
                    "dealer_id": self.dealer_id.id,
                    "station_id": self.station_id.id,
                    "company_id": self.company_id.id,
                    "sale_date": on_date,
                    "delivery_date": on_date,
                    "replaces_id": self.id,
                }
            )
            self.replaced_by_id = replacement
        replacement.message_post(
            body=self.env._("Given in exchange for %(vin)s under 三包.", vin=self.vin),
        )
        return replacement
