from odoo import fields, models
from odoo.exceptions import AccessError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes_allowed


class ResPartner(models.Model):
    _inherit = "res.partner"

    service_region_id = fields.Many2one(
        "res.region",
        string="Field Service Region",
        index="btree_not_null",
        help="A station's region (OCA territories): its users see the dispatch orders of every location in it. "
        "New service addresses made for the station's cases fall in it.",
    )

    def write(self, vals):
        # The region widens what a station's users see: a manager sets it, not the station itself.
        if (
            "service_region_id" in vals
            and not self.env.su
            and not workflow_writes_allowed()
            and not self.env.user.has_group("aftersales_base.group_aftersales_manager")
        ):
            raise AccessError(self.env._("Only an after-sales manager sets a station's field service region."))
        return super().write(vals)
