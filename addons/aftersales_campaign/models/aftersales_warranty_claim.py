from odoo import fields, models


class AftersalesWarrantyClaim(models.Model):
    """A campaign's fixed vehicle is claimed from the maker at the campaign's rates, whatever its warranty."""

    _inherit = "aftersales.warranty.claim"

    campaign_vehicle_id = fields.Many2one(
        "aftersales.campaign.vehicle",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="restrict",
    )
    campaign_id = fields.Many2one(
        related="campaign_vehicle_id.campaign_id", store=True, index="btree_not_null", string="Campaign"
    )

    def _workflow_fields(self):
        return dict(super()._workflow_fields(), campaign_vehicle_id=self.env._("Claim Fixed Vehicles"))

    def _recheck_coverage(self):
        """The maker pays its campaigns on every affected vehicle, in warranty or not."""
        warranty_claims = self.filtered(lambda claim: not claim.campaign_vehicle_id)
        return super(AftersalesWarrantyClaim, warranty_claims)._recheck_coverage()
