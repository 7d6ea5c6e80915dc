from odoo import api, fields, models


class AftersalesNumberedMixin(models.AbstractModel):
    """Documents numbered from an ``ir.sequence`` (``_sequence_code``) when they are created."""

    _name = "aftersales.numbered.mixin"
    _description = "Numbered Document"
    _sequence_code = None

    name = fields.Char(required=True, readonly=True, copy=False, default="/")

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code(self._sequence_code) or "/"
        return super().create(vals_list)
