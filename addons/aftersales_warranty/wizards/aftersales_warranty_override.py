from odoo import fields, models


class AftersalesWarrantyOverride(models.TransientModel):
    """A warranty officer replaces the automatic decision of one repair line, with a note."""

    _name = "aftersales.warranty.override"
    _description = "Override Warranty Decision"

    res_model = fields.Char(required=True)
    res_id = fields.Integer(required=True)
    pay_type = fields.Selection(
        lambda self: self.env["aftersales.repair.labour"]._fields["pay_type"]._description_selection(self.env),
        required=True,
    )
    note = fields.Text(required=True)

    def action_override(self):
        self.ensure_one()
        self.env[self.res_model].browse(self.res_id)._override_warranty(self.pay_type, self.note)
        return {"type": "ir.actions.act_window_close"}
