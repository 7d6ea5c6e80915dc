from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    aftersales_sanbao_part_group_id = fields.Many2one(
        "aftersales.sanbao.part.group",
        string="三包 Main Part Group",
        help="Replacing this part counts as replacing a main part of that group for 三包.",
    )
