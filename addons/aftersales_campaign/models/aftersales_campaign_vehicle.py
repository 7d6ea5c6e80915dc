from odoo import Command, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

LINE_STATES = [
    ("open", "Open"),
    ("notified", "Notified"),
    ("scheduled", "Scheduled"),
    ("done", "Done"),
    ("not_applicable", "Not Applicable"),
]


class AftersalesCampaignVehicle(models.Model):
    """One affected vehicle of a campaign and how far it got: notified, booked, fixed (by which job)."""

    _name = "aftersales.campaign.vehicle"
    _description = "Campaign Vehicle"
    _inherit = ["aftersales.rpc.mixin", "aftersales.workflow.guard.mixin"]
    _order = "campaign_id desc, id"
    _rec_name = "vehicle_id"
    _STATES = LINE_STATES

    campaign_id = fields.Many2one("aftersales.campaign", required=True, ondelete="cascade", index=True)
    vehicle_id = fields.Many2one("aftersales.vehicle", required=True, ondelete="cascade", index=True)
    partner_id = fields.Many2one(related="vehicle_id.partner_id", string="Owner")
    state = fields.Selection(LINE_STATES, default="open", required=True, index=True)
    is_open = fields.Boolean(
        compute="_compute_is_open", search="_search_is_open", help="The campaign is launched and the vehicle not done."
    )
    reason = fields.Char(string="Why Not Applicable", help="Scrapped, exported...")
    repair_id = fields.Many2one("repair.order", string="Repair Job", index="btree_not_null", readonly=True)
    notice_count = fields.Integer(string="Notices Sent", readonly=True)
    notified_on = fields.Date(string="Last Notice", readonly=True)
    letter_due = fields.Boolean(
        string="Letter to Print", readonly=True, index="btree_not_null", help="Reached only by post: Print Letters."
    )
    done_date = fields.Date(string="Fixed On", readonly=True)
    station_id = fields.Many2one("res.partner", string="Service Station", index="btree_not_null", readonly=True)
    # Not stored: read_group joins it, for the progress by region (the station's province).
    region_id = fields.Many2one(related="station_id.state_id", string="Region")
    claim_ids = fields.One2many("aftersales.warranty.claim", "campaign_vehicle_id", string="Claims to the Maker")
    company_id = fields.Many2one("res.company", required=True, index=True, readonly=True)

    _sql_constraints = [
        ("campaign_vehicle_uniq", "UNIQUE(campaign_id, vehicle_id)", "A vehicle is in a campaign once."),
    ]

    def _workflow_fields(self):
        _ = self.env._
        return dict(
            super()._workflow_fields(),
            state=_("Add Campaign Work, finishing the job, Not Applicable and Reopen"),
            repair_id=_("Add Campaign Work"),
            done_date=_("finishing the job"),
            notice_count=_("Notify Owners"),
            notified_on=_("Notify Owners"),
            letter_due=_("Notify Owners and Print Letters"),
        )

    def _compute_is_open(self):
        for line in self:
            line.is_open = line.campaign_id.state == "launched" and line.state not in ("done", "not_applicable")

    def _search_is_open(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on open campaigns."))
        domain = [("campaign_id.state", "=", "launched"), ("state", "not in", ("done", "not_applicable"))]
        return domain if (operator == "=") == value else ["!", "&", *domain]

    def action_not_applicable(self):
        """Scrapped, exported, already fixed elsewhere: left out of the completion, with the reason."""
        for line in self:
            if line.state == "done":
                raise UserError(self.env._("%(vehicle)s was fixed already.", vehicle=line.vehicle_id.display_name))
            if not line.reason:
                raise UserError(
                    self.env._("Say why %(vehicle)s is not concerned first.", vehicle=line.vehicle_id.display_name)
                )
        with workflow_writes():
            self.write({"state": "not_applicable"})

    def action_reopen(self):
        with workflow_writes():
            self.filtered(lambda line: line.state == "not_applicable").write({"state": "open", "reason": False})

    def _assign_job(self, repair):
        """The job that fixes these vehicles; a vehicle is fixed once per campaign (the earlier job named)."""
        for line in self:
            earlier = line.repair_id
            if earlier and earlier != repair and earlier.state != "cancel":
                raise UserError(
                    self.env._(
                        "%(vehicle)s gets %(campaign)s on %(job)s already: a vehicle is fixed once per campaign.",
                        vehicle=line.vehicle_id.display_name,
                        campaign=line.campaign_id.display_name,
                        job=earlier.display_name,
                    )
                )
        with workflow_writes():
            self.write({"repair_id": repair.id, "state": "scheduled"})

    def _send_notice(self):
        """Notify the owners in one batch, by every channel they can be reached on (条例: each owner is
        told): e-mail, and SMS to their mobile (the ``sms`` queue and its gateway); an owner with neither
        but an address is due a letter, which a manager prints (Print Letters). Counts the notice of every
        owner reached; returns ``{"email"|"sms"|"letter": lines}``."""
        by_channel = {
            "email": self.filtered(lambda line: line.partner_id.email),
            "sms": self.filtered(lambda line: line.partner_id.aftersales_mobile_e164),
        }
        by_channel["letter"] = (self - by_channel["email"] - by_channel["sms"]).filtered(
            lambda line: line.partner_id.street or line.partner_id.city
        )
        if by_channel["email"]:
            self.env.ref("aftersales_campaign.mail_template_campaign_notice").send_mail_batch(by_channel["email"].ids)
        if by_channel["sms"]:
            template = self.env.ref("aftersales_campaign.sms_template_campaign_notice")
            bodies = template._render_field("body", by_channel["sms"].ids, compute_lang=True)
            self.env["sms.sms"].sudo().create(
                [
                    {
                        "number": line.partner_id.aftersales_mobile_e164,
                        "partner_id": line.partner_id.id,
                        "body": bodies[line.id],
                        "state": "outgoing",
                    }
                    for line in by_channel["sms"]
                ]
            )
        (by_channel["email"] | by_channel["sms"])._count_notice()
        with workflow_writes():
            by_channel["letter"].write({"letter_due": True})
        return by_channel

    def _count_notice(self):
        today = fields.Date.context_today(self)
        with workflow_writes():
            for count, lines in self.grouped("notice_count").items():
                lines.write({"state": "notified", "notified_on": today, "notice_count": count + 1, "letter_due": False})

    def _notify(self):
        """Send the notices campaign by campaign, say on each how its owners were told, and return the lines
        whose owner cannot be reached at all, for a call."""
        _ = self.env._
        unreached = self.browse()
        for campaign, lines in self.grouped("campaign_id").items():
            by_channel = lines._send_notice()
            missing = lines - by_channel["email"] - by_channel["sms"] - by_channel["letter"]
            campaign.message_post(
                body=_(
                    "Owners notified: e-mail %(email)s, SMS %(sms)s; letters to print: %(letter)s; "
                    "unreachable, to call: %(missing)s.",
                    missing=len(missing),
                    **{channel: len(sent) for channel, sent in by_channel.items()},
                )
            )
            unreached |= missing
        return unreached

    def _plan_callback(self):
        """A to-do on the vehicle for whoever looks after it: call the owner who did not come (once)."""
        todo = self.env.ref("mail.mail_activity_data_todo")
        Activity = self.env["mail.activity"]
        summaries = {
            line: self.env._("Call the owner about %(campaign)s", campaign=line.campaign_id.name) for line in self
        }
        planned = {
            (activity.res_id, activity.summary)
            for activity in Activity.search(
                [
                    ("res_model", "=", "aftersales.vehicle"),
                    ("res_id", "in", self.vehicle_id.ids),
                    ("summary", "in", list(set(summaries.values()))),
                ]
            )
        }
        model_id = self.env["ir.model"]._get_id("aftersales.vehicle")
        Activity.create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": line.vehicle_id.id,
                    "activity_type_id": todo.id,
                    "summary": summary,
                    "user_id": (line.vehicle_id.user_id or line.campaign_id.create_uid).id,
                    "note": line.campaign_id.customer_description or line.campaign_id.title,
                }
                for line, summary in summaries.items()
                if (line.vehicle_id.id, summary) not in planned
            ]
        )

    def _claim_from_maker(self):
        """One claim to the maker per fixed vehicle, at the campaign's rates (its hours x its hourly rate, its
        kit at its claim prices), all created in one batch and submitted to the usual assessment."""
        _ = self.env._
        missing = self.company_id.filtered(lambda company: not company.aftersales_manufacturer_id)
        if missing:
            raise UserError(_("Set the manufacturer in the warranty settings to claim campaign work from it."))
        unpriced = self.campaign_id.filtered(
            lambda campaign: not (campaign.labour_rate and campaign.operation_ids)
            and not any(campaign.part_ids.mapped("claim_price"))
        )
        if unpriced:
            raise UserError(
                _(
                    "%(campaigns)s: give the claim rate per hour or the parts' claim prices before claiming.",
                    campaigns=", ".join(unpriced.mapped("name")),
                )
            )
        vals_list = []
        for line in self:
            campaign = line.campaign_id
            model = line.vehicle_id.product_id
            costs = [
                Command.create(
                    {
                        "line_type": "labour",
                        "name": operation.display_name,
                        "std_hours": operation._std_hours_for(model),
                        "rate": campaign.labour_rate,
                    }
                )
                for operation in campaign.operation_ids
            ] + [
                Command.create(
                    {
                        "line_type": "part",
                        "product_id": part.product_id.id,
                        "name": part.product_id.display_name,
                        "quantity": part.quantity,
                        "unit_amount": part.claim_price,
                    }
                )
                for part in campaign.part_ids
            ]
            vals_list.append(
                {
                    "direction": "manufacturer",
                    "partner_id": line.company_id.aftersales_manufacturer_id.id,
                    "vehicle_id": line.vehicle_id.id,
                    "repair_id": line.repair_id.id,
                    "campaign_vehicle_id": line.id,
                    "failure_date": line.done_date,
                    "odometer": line.repair_id.odometer_in,
                    "cause": _("%(campaign)s: %(title)s", campaign=campaign.name, title=campaign.title),
                    "line_ids": costs,
                    "company_id": line.company_id.id,
                }
            )
        with workflow_writes():
            claims = self.env["aftersales.warranty.claim"].create(vals_list)
        claims.action_submit()
        return claims

    def _free(self):
        with workflow_writes():
            self.write({"repair_id": False, "state": "open"})

    def _mark_done(self, day):
        with workflow_writes():
            self.write({"state": "done", "done_date": day})
