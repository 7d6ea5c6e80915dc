from odoo import api, fields, models

from ..models.aftersales_sla_rule import SEVERITIES


class AftersalesCallIntake(models.TransientModel):
    """New case from a call: the agent types the caller's number and sees who it is before opening the case."""

    _name = "aftersales.call.intake"
    _description = "New Case from a Call"

    phone = fields.Char(string="Caller Number")
    matching_partner_ids = fields.Many2many("res.partner", compute="_compute_matches", string="Matching Customers")
    partner_id = fields.Many2one(
        "res.partner", string="Customer", compute="_compute_partner_id", store=True, readonly=False
    )
    vehicle_ids = fields.Many2many("aftersales.vehicle", compute="_compute_history", string="Vehicles")
    open_ticket_ids = fields.Many2many("helpdesk.ticket", compute="_compute_history", string="Open Cases")
    vehicle_id = fields.Many2one("aftersales.vehicle", compute="_compute_vehicle_id", store=True, readonly=False)
    category_id = fields.Many2one("helpdesk.ticket.category", string="Case Type")
    severity = fields.Selection(SEVERITIES, default="minor", required=True)
    name = fields.Char(string="Subject")
    description = fields.Html()
    odometer = fields.Integer(string="Odometer (km)")

    @api.depends("phone")
    def _compute_matches(self):
        Ticket = self.env["helpdesk.ticket"]
        for wizard in self:
            wizard.matching_partner_ids = Ticket.find_partner_by_phone(wizard.phone) if wizard.phone else False

    @api.depends("matching_partner_ids")
    def _compute_partner_id(self):
        for wizard in self:
            if wizard.partner_id not in wizard.matching_partner_ids:
                wizard.partner_id = wizard.matching_partner_ids[:1]

    @api.depends("partner_id")
    def _compute_history(self):
        for wizard in self:
            # In the form the wizard is a new record: search with the real partner, not its NewId.
            commercial = wizard.partner_id.commercial_partner_id._origin
            wizard.vehicle_ids = (
                self.env["aftersales.vehicle"].search([("partner_id", "child_of", commercial.ids)])
                if commercial
                else False
            )
            wizard.open_ticket_ids = (
                self.env["helpdesk.ticket"].search(
                    [("commercial_partner_id", "=", commercial.id), ("stage_id.closed", "=", False)]
                )
                if commercial
                else False
            )

    @api.depends("vehicle_ids")
    def _compute_vehicle_id(self):
        for wizard in self:
            if wizard.vehicle_id not in wizard.vehicle_ids:
                wizard.vehicle_id = wizard.vehicle_ids[:1] if len(wizard.vehicle_ids) == 1 else False

    def action_create_case(self):
        self.ensure_one()
        partner = self.partner_id or self.env["res.partner"].create(
            {"name": self.phone or self.env._("Unknown caller"), "phone": self.phone}
        )
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": self.name or self.env._("Call from %(caller)s", caller=partner.display_name),
                "description": self.description or "<p></p>",
                "partner_id": partner.id,
                "vehicle_id": self.vehicle_id.id,
                "category_id": self.category_id.id,
                "severity": self.severity,
                "odometer": self.odometer,
                "channel_id": self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone").id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "helpdesk.ticket",
            "res_id": ticket.id,
            "view_mode": "form",
        }
