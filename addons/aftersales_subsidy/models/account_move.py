from odoo import api, fields, models


class AccountMove(models.Model):
    """The sales invoice of subsidised products: its subsidies, and the township finance office's mark
    "补贴已退,可退货" once a subsidy is refunded."""

    _inherit = "account.move"

    subsidy_ids = fields.One2many("aftersales.subsidy", "invoice_id", string="家电下乡 Subsidies")
    subsidy_count = fields.Integer(compute="_compute_subsidy_count", compute_sudo=True)
    subsidy_refunded = fields.Boolean(
        string="Subsidy Refunded, Return Allowed",
        compute="_compute_subsidy_refunded",
        store=True,
        help="补贴已退,可退货: the township finance office confirmed the refund of a subsidy of this invoice.",
    )

    def _compute_subsidy_count(self):
        counts = dict(
            self.env["aftersales.subsidy"]._read_group([("invoice_id", "in", self.ids)], ["invoice_id"], ["__count"])
        )
        for move in self:
            move.subsidy_count = counts.get(move, 0)

    @api.depends("subsidy_ids.state")
    def _compute_subsidy_refunded(self):
        for move in self:
            move.subsidy_refunded = any(subsidy.state == "refunded" for subsidy in move.subsidy_ids)

    def action_view_subsidies(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_subsidy.aftersales_subsidy_action")
        action["domain"] = [("invoice_id", "=", self.id)]
        action["context"] = {"default_invoice_id": self.id}
        return action
