from odoo import fields, models
from odoo.exceptions import AccessError

from ..tools.claims import credit_available

# Computed from the claims, never stored: read them fresh (``invalidate_recordset``) before deciding.
CREDIT_FIELDS = [
    "aftersales_credit_used",
    "aftersales_credit_pending",
    "aftersales_credit_deducted",
    "aftersales_credit_available",
]


# The credit line a station's staff read for their own station only.
CREDIT_LINE_FIELDS = frozenset(["aftersales_credit_limit", *CREDIT_FIELDS])


class ResPartner(models.Model):
    """三包信用额度: a dealer's warranty credit line, what its open claims use and what was deducted."""

    _inherit = "res.partner"

    aftersales_credit_limit = fields.Monetary(
        string="三包 Credit Limit",
        currency_field="aftersales_credit_currency_id",
        groups="aftersales_base.group_aftersales_station",
        help="Most a dealer may have in open warranty claims; 0 means no limit.",
    )
    aftersales_credit_used = fields.Monetary(
        string="Credit Used",
        compute="_compute_aftersales_credit",
        currency_field="aftersales_credit_currency_id",
        groups="aftersales_base.group_aftersales_station",
        help="Submitted claims not settled yet.",
    )
    aftersales_credit_pending = fields.Monetary(
        string="Pending Deductions",
        compute="_compute_aftersales_credit",
        currency_field="aftersales_credit_currency_id",
        groups="aftersales_base.group_aftersales_station",
        help="Approved claim lines whose old parts are overdue, to be deducted on the next settlement.",
    )
    aftersales_credit_deducted = fields.Monetary(
        string="Deducted",
        compute="_compute_aftersales_credit",
        currency_field="aftersales_credit_currency_id",
        groups="aftersales_base.group_aftersales_station",
        help="Deducted on settlements for old parts returned late.",
    )
    aftersales_credit_available = fields.Monetary(
        string="Credit Available",
        compute="_compute_aftersales_credit",
        currency_field="aftersales_credit_currency_id",
        groups="aftersales_base.group_aftersales_station",
    )
    aftersales_credit_currency_id = fields.Many2one("res.currency", compute="_compute_aftersales_credit_currency_id")

    def _compute_aftersales_credit_currency_id(self):
        self.aftersales_credit_currency_id = self.env.company.currency_id

    def _compute_aftersales_credit(self):
        Claim = self.env["aftersales.warranty.claim"].sudo()
        Line = self.env["aftersales.warranty.claim.line"].sudo()
        used = dict(
            Claim._read_group(
                [
                    ("partner_id", "in", self.ids),
                    ("direction", "=", "station"),
                    ("state", "in", ("submitted", "review", "approved", "partial")),
                ],
                ["partner_id"],
                ["amount_claimed:sum"],
            )
        )
        deducted = dict(
            Line._read_group(
                [("partner_id", "in", self.ids), ("deduction_settlement_id.state", "!=", "cancel")],
                ["partner_id"],
                ["amount_approved:sum"],
            )
        )
        pending = {}
        for line in Line._overdue_for_deduction(self, fields.Date.context_today(self)):
            pending[line.partner_id] = pending.get(line.partner_id, 0.0) + line.amount_approved
        for partner in self:
            partner.aftersales_credit_used = used.get(partner, 0.0)
            partner.aftersales_credit_deducted = deducted.get(partner, 0.0)
            partner.aftersales_credit_pending = pending.get(partner, 0.0)
            available = credit_available(
                partner.aftersales_credit_limit, used.get(partner, 0.0), pending.get(partner, 0.0)
            )
            partner.aftersales_credit_available = available or 0.0

    def _read_format(self, fnames, load="_classic_read"):
        """A station's staff read their own station's credit line only; other dealers' read as empty,
        whichever client asks (form, list, RPC read or search_read)."""
        result = super()._read_format(fnames, load=load)
        credit = [name for name in fnames if name in CREDIT_LINE_FIELDS]
        if credit and not self.env.su and self.env.user._aftersales_station_only():
            own = set(self.env.user.aftersales_station_id.commercial_partner_id.ids)
            for values in result:
                if values["id"] not in own:
                    values.update(dict.fromkeys(credit, 0.0))
        return result

    def write(self, vals):
        if (
            "aftersales_credit_limit" in vals
            and not self.env.su
            and not self.env.user.has_group("aftersales_base.group_aftersales_manager")
        ):
            raise AccessError(self.env._("Only an after-sales manager sets a dealer's 三包 credit limit."))
        return super().write(vals)
