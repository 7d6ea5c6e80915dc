from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes


class RepairOrder(models.Model):
    _inherit = "repair.order"

    campaign_line_ids = fields.One2many("aftersales.campaign.vehicle", "repair_id", string="Campaign Work")
    campaign_warning = fields.Char(related="vehicle_id.campaign_warning")

    def action_add_campaign_work(self):
        """The open campaigns of the job's vehicle, in one click: their labour and parts at pay type
        warranty (the maker pays), and the vehicles booked on this job."""
        self.ensure_one()
        if self.state in ("done", "cancel"):
            raise UserError(self.env._("%(job)s is closed: campaign work goes on an open job.", job=self.name))
        lines = self.vehicle_id.open_campaign_line_ids.filtered(lambda line: line.repair_id != self)
        if not lines:
            raise UserError(self.env._("%(vehicle)s has no open campaign.", vehicle=self.vehicle_id.display_name))
        lines._assign_job(self)
        campaigns = lines.campaign_id
        # The maker pays its campaigns whatever the coverage: the warranty decision is the campaign's.
        decision = {"pay_type": "warranty", "warranty_reason": "override", "covered_pct": 100.0}
        with workflow_writes():
            self.write(
                {
                    "labour_ids": [
                        Command.create(
                            {
                                "operation_id": operation.id,
                                "std_hours": operation.std_hours,
                                "campaign_id": campaign.id,
                                "warranty_note": campaign.display_name,
                                **decision,
                            }
                        )
                        for campaign in campaigns
                        for operation in campaign.operation_ids
                    ],
                    "move_ids": [
                        Command.create(
                            {
                                "product_id": part.product_id.id,
                                "product_uom_qty": part.quantity,
                                "repair_line_type": "add",
                                "campaign_id": campaign.id,
                                "warranty_note": campaign.display_name,
                                **decision,
                            }
                        )
                        for campaign in campaigns
                        for part in campaign.part_ids
                    ],
                }
            )
        self.message_post(
            body=self.env._("Campaign work added: %(campaigns)s", campaigns=", ".join(campaigns.mapped("display_name")))
        )
        return True

    def action_repair_done(self):
        result = super().action_repair_done()
        lines = self.campaign_line_ids.filtered(lambda line: line.state != "done")
        for repair in self:
            lines.filtered(lambda line, r=repair: line.repair_id == r)._mark_done(repair.aftersales_done_date)
        return result

    def _warranty_claim_lines(self):
        """Our own workshop's campaign work is claimed from the maker by the campaign's monthly batch, at
        the campaign's rates: the job's own claim to the maker leaves it out (a station still claims it
        from us, at its rates)."""
        lines = super()._warranty_claim_lines()
        if self.station_id:
            return lines
        campaign_labour = self.labour_ids.filtered("campaign_id").ids
        campaign_moves = self.move_ids.filtered("campaign_id").ids
        return [
            command
            for command in lines
            if command[2].get("repair_labour_id") not in campaign_labour
            and command[2].get("repair_move_id") not in campaign_moves
        ]

    @api.ondelete(at_uninstall=False)
    def _unlink_frees_campaign_vehicles(self):
        """A deleted job gives its campaign vehicles back, so that another job can fix them."""
        self.campaign_line_ids.filtered(lambda line: line.state == "scheduled")._free()
