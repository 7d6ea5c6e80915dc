from odoo import fields, models


class RepairOrder(models.Model):
    _inherit = "repair.order"

    fsm_order_id = fields.Many2one(
        "fsm.order",
        string="Dispatch Order",
        index="btree_not_null",
        copy=False,
        tracking=True,
        help="The visit whose engineer found the work this job does.",
    )
