from odoo import fields, models


class AftersalesCapa(models.Model):
    _inherit = "aftersales.capa"

    campaign_ids = fields.One2many("aftersales.campaign", "capa_id", string="Campaigns")
    campaign_count = fields.Integer(compute="_compute_campaign_count")

    def _compute_campaign_count(self):
        counts = dict(
            self.env["aftersales.campaign"]._read_group([("capa_id", "in", self.ids)], ["capa_id"], ["__count"])
        )
        for capa in self:
            capa.campaign_count = counts.get(capa, 0)

    def action_propose_campaign(self):
        """A defect the corrective action found in vehicles already delivered: a draft campaign that names
        this action, for a manager to select the vehicles and launch."""
        self.ensure_one()
        campaign = self.env["aftersales.campaign"].create(
            {
                "title": self.name or self.env._("Campaign from a corrective action"),
                "capa_id": self.id,
                "customer_description": self.nonconformity,
                "company_id": self.company_id.id,
            }
        )
        self.message_post(body=self.env._("Campaign %(campaign)s proposed.", campaign=campaign.name))
        return {
            "type": "ir.actions.act_window",
            "res_model": "aftersales.campaign",
            "res_id": campaign.id,
            "view_mode": "form",
        }

    def action_view_campaigns(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Campaigns"),
            "res_model": "aftersales.campaign",
            "view_mode": "list,form",
            "domain": [("capa_id", "=", self.id)],
        }
