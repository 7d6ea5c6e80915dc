from odoo import fields, models


class AftersalesAddedWorkMixin(models.AbstractModel):
    """Labour lines and part moves added by a campaign: paid by the maker whatever the coverage, and claimed
    from it by the campaign's monthly batch, not by the job's own claim."""

    _inherit = "aftersales.added.work.mixin"

    campaign_id = fields.Many2one("aftersales.campaign", readonly=True, copy=False, index="btree_not_null")

    def _workflow_fields(self):
        return dict(super()._workflow_fields(), campaign_id=self.env._("Add Campaign Work"))
