from odoo import api, fields, models

from ..tools.coverage import Coverage


class AftersalesWarranty(models.Model):
    """Coverage of one vehicle by one policy, from its start event (or a key-part replacement)."""

    _name = "aftersales.warranty"
    _description = "Vehicle Warranty Coverage"
    _check_company_auto = True
    _inherit = ["aftersales.rpc.mixin"]
    _order = "vehicle_id, start_date desc, id desc"

    vehicle_id = fields.Many2one(
        "aftersales.vehicle", required=True, ondelete="cascade", index=True, check_company=True
    )
    policy_id = fields.Many2one(
        "aftersales.warranty.policy", required=True, ondelete="restrict", index=True, check_company=True
    )
    start_date = fields.Date(required=True)
    end_date = fields.Date(help="Last covered day; empty = no time limit.")
    start_km = fields.Integer(string="Start (km)")
    end_km = fields.Integer(string="End (km)", help="Last covered odometer reading; 0 = no distance limit.")
    replaced_on_repair_id = fields.Many2one(
        "repair.order",
        string="Restarted by Repair",
        help="The repair that replaced the key part.",
        check_company=True,
    )
    state = fields.Selection(
        [("active", "Active"), ("expired", "Expired"), ("superseded", "Superseded")],
        compute="_compute_state",
    )
    active = fields.Boolean(default=True, help="A key-part coverage restarted by a replacement supersedes the old one.")
    company_id = fields.Many2one(related="vehicle_id.company_id", store=True, index=True)

    @api.depends("end_date", "end_km", "vehicle_id.odometer", "active")
    def _compute_state(self):
        today = fields.Date.context_today(self)
        for warranty in self:
            if not warranty.active:
                warranty.state = "superseded"
            elif (warranty.end_date and today > warranty.end_date) or (
                warranty.end_km and warranty.vehicle_id.odometer > warranty.end_km
            ):
                warranty.state = "expired"
            else:
                warranty.state = "active"

    def _as_coverage(self):
        """Plain values for the pure decision rule (no further queries once prefetched)."""
        self.ensure_one()
        policy = self.policy_id
        return Coverage(
            id=self.id,
            start_date=self.start_date,
            end_date=self.end_date,
            start_km=self.start_km,
            end_km=self.end_km or None,
            part_ids=frozenset(policy.part_ids.ids),
            exclusion_codes=frozenset(policy.exclusion_ids.mapped("code")),
            parts_pct=policy.parts_pct,
            labour_pct=policy.labour_pct,
        )
