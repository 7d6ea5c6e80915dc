from odoo import fields, models
from odoo.exceptions import UserError


class HelpdeskTicket(models.Model):
    """A case sends an engineer: Dispatch creates the order at the customer's service location."""

    _inherit = "helpdesk.ticket"

    fsm_order_count = fields.Integer(compute="_compute_fsm_order_count", string="Dispatch Orders")

    def _compute_fsm_order_count(self):
        counts = dict(self.env["fsm.order"]._read_group([("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]))
        for ticket in self:
            ticket.fsm_order_count = counts.get(ticket, 0)

    def _aftersales_service_location(self):
        """The customer's service location; created as a child address of the customer when missing.

        Never ``partner_id=<customer>`` on fsm.location: that turns the customer itself into a location
        and renames it."""
        self.ensure_one()
        if self.fsm_location_id:
            return self.fsm_location_id
        customer = self.partner_id.commercial_partner_id
        if not customer:
            raise UserError(
                self.env._(
                    "%(case)s has no customer: a dispatch order goes to the customer's location.",
                    case=self.display_name,
                )
            )
        if customer.service_location_id:
            return customer.service_location_id
        # The service address follows from the dispatch; call-centre agents need not manage contacts.
        location = (
            self.env["fsm.location"]
            .sudo()
            .create(
                {
                    "name": self.env._("%(customer)s (service address)", customer=customer.name),
                    "owner_id": customer.id,
                    "street": customer.street,
                    "street2": customer.street2,
                    "city": customer.city,
                    "zip": customer.zip,
                    "state_id": customer.state_id.id,
                    "country_id": customer.country_id.id,
                    "phone": customer.phone,
                    "mobile": customer.mobile,
                    "service_zone": customer.service_zone,
                    "region_id": (self.station_id or self.vehicle_id.station_id).service_region_id.id,
                }
            )
        )
        customer.sudo().service_location_id = location
        return location.sudo(False)

    def action_aftersales_dispatch(self):
        """Create the dispatch order of this case (its vehicle, the customer's location) and open it."""
        self.ensure_one()
        location = self._aftersales_service_location()
        if self.fsm_location_id != location:
            self.sudo().fsm_location_id = location
        order = self.env["fsm.order"].create(
            {
                "ticket_id": self.id,
                "vehicle_id": self.vehicle_id.id,
                "station_id": self.station_id.id or self.vehicle_id.station_id.id,
                "location_id": location.id,
                "dispatch_kind": self.env.context.get("aftersales_dispatch_kind", "on_site"),
                "priority": self.priority if self.priority in ("0", "1", "2", "3") else "0",
                "description": self.description,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "fsm.order",
            "res_id": order.id,
            "view_mode": "form",
        }

    def action_aftersales_view_fsm_orders(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id("aftersales_fieldservice.aftersales_fsm_order_action")
        action["domain"] = [("ticket_id", "=", self.id)]
        action["context"] = {"default_ticket_id": self.id, "default_vehicle_id": self.vehicle_id.id}
        return action
