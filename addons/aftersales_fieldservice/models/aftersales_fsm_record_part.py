from odoo import api, fields, models


class AftersalesFsmRecordPart(models.Model):
    """A part used on site, as written on the work record."""

    _name = "aftersales.fsm.record.part"
    _description = "Part Used on Site"
    _order = "record_id, id"

    record_id = fields.Many2one("aftersales.fsm.record", required=True, ondelete="cascade", index=True)
    product_id = fields.Many2one("product.product", string="Part", required=True)
    quantity = fields.Float(default=1.0, digits="Product Unit of Measure")
    lot_id = fields.Many2one("stock.lot", string="Lot/Serial Number", domain="[('product_id', '=', product_id)]")

    @api.model_create_multi
    def create(self, vals_list):
        records = self.env["aftersales.fsm.record"].browse([vals.get("record_id") for vals in vals_list])
        records.exists()._check_not_signed()
        return super().create(vals_list)

    def write(self, vals):
        self.record_id._check_not_signed()
        if vals.get("record_id"):
            self.env["aftersales.fsm.record"].browse(vals["record_id"])._check_not_signed()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        self.record_id._check_not_signed()
