from odoo import api, fields, models

from odoo.addons.aftersales_base.tools.phone import normalize_phone


class HelpdeskTicket(models.Model):
    """Intake side of an after-sales case: vehicle, station, routing by case type, caller lookup."""

    _name = "helpdesk.ticket"
    _inherit = ["helpdesk.ticket", "aftersales.station.mixin", "aftersales.rpc.mixin"]

    vehicle_id = fields.Many2one("aftersales.vehicle", index="btree_not_null", tracking=True)
    odometer = fields.Integer(
        string="Odometer (km)", help="Reading reported with the case; recorded in the vehicle's odometer history."
    )
    within_authority = fields.Boolean(
        related="category_id.aftersales_within_authority", string="Within Call-Centre Authority"
    )
    capa_ids = fields.Many2many("aftersales.capa", string="Corrective Actions", copy=False)

    @api.onchange("vehicle_id")
    def _onchange_vehicle_id(self):
        if self.vehicle_id.partner_id and not self.partner_id:
            self.partner_id = self.vehicle_id.partner_id

    @api.onchange("category_id")
    def _onchange_category_route(self):
        team = self._aftersales_route_team(self.category_id, self.company_id or self.env.company)
        if team:
            self.team_id = team

    @api.model
    def _aftersales_route_team(self, category, company):
        """Team a case of this type goes to: outside the call centre's authority, the warranty team."""
        if category and not category.aftersales_within_authority:
            warranty_team = company.aftersales_warranty_team_id or self.env.ref(
                "aftersales_helpdesk.team_warranty", raise_if_not_found=False
            )
            if warranty_team:
                return warranty_team
        return category.aftersales_team_id

    @staticmethod
    def _given_id(vals, name):
        """The record id a create or write gives ``name``, read before the value check of the RPC mixin runs
        (after these overrides): anything but an id is left for that check to refuse, naming the field."""
        value = vals.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else False

    @api.model_create_multi
    def create(self, vals_list):
        categories = self.env["helpdesk.ticket.category"].browse(
            {self._given_id(vals, "category_id") for vals in vals_list} - {False}
        )
        for vals in vals_list:
            if self._given_id(vals, "category_id") and not vals.get("team_id"):
                company = self.env["res.company"].browse(vals.get("company_id")) or self.env.company
                team = self._aftersales_route_team(categories.browse(vals["category_id"]), company)
                if team:
                    vals["team_id"] = team.id
            if self._given_id(vals, "vehicle_id") and not vals.get("partner_id"):
                vals["partner_id"] = self.env["aftersales.vehicle"].browse(vals["vehicle_id"]).partner_id.id
        tickets = super().create(vals_list)
        tickets.filtered(lambda t: t.vehicle_id and t.odometer)._record_odometer()
        return tickets

    def write(self, vals):
        if self._given_id(vals, "category_id") and "team_id" not in vals:
            category = self.env["helpdesk.ticket.category"].browse(vals["category_id"])
            team = self._aftersales_route_team(category, self.company_id[:1] or self.env.company)
            if team:
                vals["team_id"] = team.id
        result = super().write(vals)
        if vals.get("odometer") or (vals.get("vehicle_id") and any(self.mapped("odometer"))):
            self.filtered(lambda t: t.vehicle_id and t.odometer)._record_odometer()
        return result

    def _record_odometer(self):
        self.env["aftersales.odometer.reading"].create(
            [
                {"vehicle_id": ticket.vehicle_id.id, "value": ticket.odometer, "source": "case"}
                for ticket in self
                if ticket.odometer != ticket.vehicle_id.odometer
            ]
        )

    @api.model
    def find_partner_by_phone(self, number):
        """Partners whose phone or mobile is ``number``, however it was written (spaces, dashes, 0086, +86...)."""
        normalized = normalize_phone(number, self.env.company.aftersales_phone_region)
        if not normalized:
            return self.env["res.partner"]
        return self.env["res.partner"].search(
            ["|", ("aftersales_phone_e164", "=", normalized), ("aftersales_mobile_e164", "=", normalized)]
        )

    def action_start_capa(self):
        """No solution within the warranty office's means: open a corrective and preventive action."""
        self.ensure_one()
        capa = self.env["aftersales.capa"].create(
            {
                "ticket_ids": [fields.Command.link(self.id)],
                "nonconformity": self.name,
                "company_id": self.company_id.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.capa",
            "res_id": capa.id,
            "view_mode": "form",
        }
