from odoo import api, models
from odoo.exceptions import AccessError

from ..tools.workflow import workflow_writes_allowed


class AftersalesWorkflowGuardMixin(models.AbstractModel):
    """Fields that only the model's own actions move (states, approvals, inspections, coverage results).

    A model lists them in ``_workflow_fields()`` with the action that moves each. A write or create of
    one of them from anywhere else — web client, RPC, import, a server action — is refused and the
    record is left unchanged; the actions write them inside ``workflow_writes()`` after their checks.
    """

    _name = "aftersales.workflow.guard.mixin"
    _description = "Fields Moved Only by Their Actions"

    def _workflow_fields(self):
        """``{field name: the action that moves it}``; models extend the dict through ``super()``."""
        return {}

    def _workflow_check(self, vals, creating=False):
        if self.env.su or workflow_writes_allowed():
            return
        guarded = self._workflow_fields()
        if not guarded:
            return
        names = [name for name in vals if name in guarded]
        if creating:
            # A client may send a field's default on creation (draft, not approved...): that moves nothing.
            names = [name for name in names if vals[name] and vals[name] != self._workflow_default(name)]
            names += [
                key[8:]
                for key, value in self.env.context.items()
                if key.startswith("default_") and key[8:] in guarded and value
            ]
        if names:
            name = names[0]
            raise AccessError(
                self.env._(
                    "%(model)s: %(field)s is set by %(action)s, not written directly.",
                    model=self._description,
                    field=self._fields[name]._description_string(self.env),
                    action=guarded[name],
                )
            )

    def _workflow_default(self, name):
        field = self._fields[name]
        return field.default(self.browse()) if field.default else False

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._workflow_check(vals, creating=True)
        return super().create(vals_list)

    def write(self, vals):
        self._workflow_check(vals)
        return super().write(vals)
