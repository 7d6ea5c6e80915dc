from odoo import api, fields, models


class AftersalesCallIntake(models.TransientModel):
    _inherit = "aftersales.call.intake"

    campaign_line_ids = fields.Many2many(
        "aftersales.campaign.vehicle", compute="_compute_campaign_lines", string="Open Campaigns"
    )

    @api.depends("vehicle_ids")
    def _compute_campaign_lines(self):
        """The caller's vehicles still to get a launched campaign: the agent offers to book them."""
        lines = self.env["aftersales.campaign.vehicle"].search(
            [("vehicle_id", "in", self.vehicle_ids.ids), ("is_open", "=", True)]
        )
        for intake in self:
            intake.campaign_line_ids = lines.filtered(lambda line, i=intake: line.vehicle_id in i.vehicle_ids)
