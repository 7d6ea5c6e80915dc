from odoo import api, fields, models


class ResCompany(models.Model):
    """Which customer notices the company sends, and who sends its SMS."""

    _inherit = "res.company"

    aftersales_sms_provider = fields.Selection(
        selection="_aftersales_sms_provider_selection",
        string="SMS Provider",
        default="none",
        required=True,
        help="Who sends the SMS Odoo queues. Without a provider they wait, unsent, in "
        "After-Sales > Configuration > Unsent SMS.",
    )
    aftersales_notice_delivery = fields.Boolean(
        string="Delivery Notice",
        default=True,
        help="When a repair job is finished the customer gets its items and amounts, the next maintenance and "
        "the callback to expect, by email and SMS (000#6).",
    )
    aftersales_notice_maintenance = fields.Boolean(
        string="Maintenance Reminders to Owners",
        default=True,
        help="The owner of a vehicle due for maintenance is reminded by email and SMS, once for each due date.",
    )

    @api.model
    def _aftersales_sms_provider_selection(self):
        """The SMS providers to choose from. An addon adds one by extending this list with ``(key, label)``
        and implementing ``_aftersales_send_<key>(sms_records)`` on res.company (see ``sms.sms._send``)."""
        return [
            ("none", self.env._("None: keep the SMS unsent")),
            ("odoo", self.env._("Odoo SMS (IAP)")),
        ]

    def _aftersales_sms_sender(self):
        """The method that sends this company's SMS, or None when they stay queued: no provider chosen, or a
        provider whose addon is gone (its SMS wait for another one, they are not lost)."""
        self.ensure_one()
        provider = self.aftersales_sms_provider
        if not provider or provider in ("none", "odoo"):
            return None
        return getattr(self, f"_aftersales_send_{provider}", None)

    def write(self, vals):
        result = super().write(vals)
        if vals.get("aftersales_sms_provider", "none") != "none":
            # The SMS that waited for a provider go out now rather than at the queue's next hourly run.
            self.env["sms.sms"]._aftersales_process_soon()
        return result
