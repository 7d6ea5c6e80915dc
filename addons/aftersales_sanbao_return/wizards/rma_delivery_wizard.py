from odoo import api, models


class RmaDeliveryWizard(models.TransientModel):
    _inherit = "rma.delivery.wizard"

    @api.model
    def default_get(self, fields_list):
        """A 三包 exchange replaces the vehicle with one of the same model (同品牌同型号)."""
        res = super().default_get(fields_list)
        rma = self.env["rma"].browse(self.env.context.get("active_ids"))
        if res.get("type") == "replace" and len(rma) == 1 and rma.sanbao_request_id:
            res.update(product_id=rma.product_id.id, product_uom=rma.product_uom.id)
        return res
