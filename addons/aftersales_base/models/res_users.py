from odoo import fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    aftersales_station_id = fields.Many2one(
        "res.partner",
        string="Service Station",
        domain="[('is_service_station', '=', True)]",
        help="Service-station users see only the records of this station.",
    )

    @property
    def SELF_READABLE_FIELDS(self):
        return [*super().SELF_READABLE_FIELDS, "aftersales_station_id"]

    def _aftersales_station_only(self):
        """A station's own staff (not the call centre): they see their station's records only."""
        self.ensure_one()
        return self.has_group("aftersales_base.group_aftersales_station") and not self.has_group(
            "aftersales_base.group_aftersales_user"
        )
