from odoo import fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

WARRANTY_REASONS = [
    ("covered", "Covered"),
    ("expired_date", "Expired (date)"),
    ("expired_distance", "Expired (distance)"),
    ("excluded", "Excluded"),
    ("no_policy", "No Policy"),
    ("override", "Overridden"),
]


class AftersalesAddedWorkMixin(models.AbstractModel):
    """Warranty decision of a repair line (labour line or part move)."""

    _inherit = "aftersales.added.work.mixin"

    warranty_reason = fields.Selection(WARRANTY_REASONS, string="Warranty Decision", copy=False)
    warranty_id = fields.Many2one("aftersales.warranty", string="Coverage", copy=False)
    covered_pct = fields.Float(string="Covered (%)", copy=False)
    warranty_note = fields.Text(copy=False, help="Why a warranty officer overrode the decision.")

    def _workflow_fields(self):
        action = self.env._("Check Warranty (or a warranty officer's Override)")
        return dict(super()._workflow_fields(), warranty_reason=action, warranty_id=action, covered_pct=action)

    def _override_warranty(self, pay_type, note):
        """A warranty officer's decision replaces the automatic one, with a note in the job's chatter."""
        if not self.env.user.has_group("aftersales_warranty.group_aftersales_warranty"):
            raise AccessError(self.env._("Only a warranty officer may override a warranty decision."))
        if not (note or "").strip():
            raise UserError(self.env._("Say why the warranty decision is overridden."))
        with workflow_writes():
            self.write(
                {
                    "pay_type": pay_type,
                    "warranty_reason": "override",
                    "covered_pct": 100.0 if pay_type == "warranty" else 0.0,
                    "warranty_note": note,
                }
            )
        for line in self:
            line.repair_id.message_post(
                body=self.env._(
                    "Warranty decision on %(line)s overridden to %(pay_type)s: %(note)s",
                    line=line.display_name,
                    pay_type=dict(line._fields["pay_type"]._description_selection(self.env))[pay_type],
                    note=note,
                )
            )

    def action_open_warranty_override(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Who pays for %(work)s", work=self.display_name),
            "res_model": "aftersales.warranty.override",
            "view_mode": "form",
            "target": "new",
            "context": {"default_res_model": self._name, "default_res_id": self.id, "default_pay_type": self.pay_type},
        }
