from odoo import api, fields, models


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    production_date = fields.Date(
        index="btree_not_null", tracking=True, help="Off the line; campaigns select vehicles by production dates."
    )
    campaign_line_ids = fields.One2many("aftersales.campaign.vehicle", "vehicle_id", string="Campaigns")
    open_campaign_line_ids = fields.One2many(
        "aftersales.campaign.vehicle", compute="_compute_open_campaigns", string="Open Campaigns"
    )
    open_campaign_count = fields.Integer(compute="_compute_open_campaigns")
    campaign_warning = fields.Char(compute="_compute_open_campaigns")

    @api.depends("campaign_line_ids.state", "campaign_line_ids.campaign_id.state")
    def _compute_open_campaigns(self):
        """Launched campaigns this vehicle still has to get (one query for the batch)."""
        lines = self.env["aftersales.campaign.vehicle"].search(
            [("vehicle_id", "in", self.ids), ("is_open", "=", True)], order="campaign_id"
        )
        by_vehicle = lines.grouped("vehicle_id")
        for vehicle in self:
            mine = by_vehicle.get(vehicle, lines.browse())
            vehicle.open_campaign_line_ids = mine
            vehicle.open_campaign_count = len(mine)
            vehicle.campaign_warning = (
                self.env._(
                    "Open campaigns for this vehicle: %(campaigns)s",
                    campaigns=", ".join(mine.campaign_id.mapped("display_name")),
                )
                if mine
                else False
            )
