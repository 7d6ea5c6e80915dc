from datetime import date

from odoo import api, models
from odoo.exceptions import ValidationError


class AftersalesRpcMixin(models.AbstractModel):
    """Values of the wrong shape (a list for a number, an unknown selection key...) are refused with a
    ``ValidationError`` naming the field, as a click in the web client would be, instead of the server
    error Odoo's field conversion raises over RPC."""

    _name = "aftersales.rpc.mixin"
    _inherit = ["aftersales.workflow.guard.mixin"]
    _description = "Clear Errors for Malformed Values"

    def _aftersales_check_values(self, vals, unknown_ok=False):
        """``unknown_ok``: create ignores unknown keys (Odoo logs and drops them); write refuses them."""
        for name, value in list(vals.items()):
            field = self._fields.get(name)
            if field is not None and field.type in ("date", "datetime") and value == "":
                vals[name] = value = False  # an emptied date field, as some clients send it
            if field is None:
                if unknown_ok:
                    continue
                raise ValidationError(
                    self.env._("%(model)s has no field %(field)s.", model=self._description, field=name)
                )
            try:
                if field.type in ("one2many", "many2many"):
                    # Commands are Odoo's to read (converting them here would build the lines twice).
                    if value is not False and not isinstance(value, list | tuple):
                        raise TypeError("not a list of commands")
                    continue
                if value is True and field.type in ("many2one", "integer", "float", "monetary"):
                    # Python reads True as 1: record #1, one unit. False stays "empty".
                    raise TypeError("a boolean for a number or a record")
                field.convert_to_cache(value, self.browse(), validate=True)
                if field.type == "integer" and value and not -(2**31) <= int(value) < 2**31:
                    raise ValueError("out of range")
                if field.type in ("date", "datetime") and value is not False and not isinstance(value, str | date):
                    raise ValueError("not a date")
            except (ValueError, TypeError, AttributeError, OverflowError) as error:
                raise ValidationError(
                    self.env._(
                        "%(field)s: %(value)s is not a valid value.",
                        field=field._description_string(self.env),
                        value=repr(value)[:80],
                    )
                ) from error

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._aftersales_check_values(vals, unknown_ok=True)
        return super().create(vals_list)

    def write(self, vals):
        self._aftersales_check_values(vals)
        return super().write(vals)
