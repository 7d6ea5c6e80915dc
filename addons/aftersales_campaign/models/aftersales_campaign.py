import logging

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL

from odoo.addons.aftersales_base.tools.workflow import workflow_writes
from odoo.addons.aftersales_base.tools.xlsx import XlsxBook, xlsx_download

from ..tools.vin_list import parse_vin_list

_logger = logging.getLogger(__name__)

KINDS = [("recall", "Safety Recall (召回)"), ("service", "Service Campaign (服务活动)"), ("inspection", "Inspection")]
STATES = [("draft", "Draft"), ("launched", "Launched"), ("closed", "Closed")]
LETTER_BATCH = 1000  # letters per Print Letters: one PDF a browser downloads


class AftersalesCampaign(models.Model):
    """A recall or service campaign: the vehicles that must all get the same fix, chosen once at launch."""

    _name = "aftersales.campaign"
    _description = "Recall or Service Campaign"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.numbered.mixin",
        "aftersales.rpc.mixin",
        "aftersales.workflow.guard.mixin",
    ]
    _sequence_code = "aftersales.campaign"
    _order = "id desc"

    title = fields.Char(string="Subject", required=True, tracking=True, translate=True)
    kind = fields.Selection(KINDS, required=True, default="recall", tracking=True)
    filing_number = fields.Char(string="Regulator Filing No.", tracking=True, help="备案号 of the recall plan.")
    customer_description = fields.Text(
        string="For the Customer", translate=True, help="What owners are told: the defect, the risk, the fix."
    )
    date_start = fields.Date(string="Start", tracking=True)
    date_end = fields.Date(string="End", tracking=True)
    state = fields.Selection(STATES, default="draft", required=True, tracking=True, index=True, copy=False)
    launched_on = fields.Date(readonly=True, copy=False)
    # The selection: every criterion given must hold; frozen at launch.
    product_ids = fields.Many2many(
        "product.product", string="Vehicle Models", domain=[("aftersales_is_vehicle", "=", True)]
    )
    vin_from = fields.Char(string="VIN From")
    vin_to = fields.Char(string="VIN To")
    production_date_from = fields.Date(string="Produced From")
    production_date_to = fields.Date(string="Produced To")
    vin_list = fields.Text(string="VIN List", help="One VIN per line; every VIN must be valid and known.")
    line_ids = fields.One2many("aftersales.campaign.vehicle", "campaign_id", string="Vehicles")
    # The fix.
    operation_ids = fields.Many2many("aftersales.labour.operation", string="Labour Operations")
    part_ids = fields.One2many("aftersales.campaign.part", "campaign_id", string="Parts Kit", copy=True)
    labour_rate = fields.Monetary(
        string="Claim Rate per Hour", currency_field="currency_id", help="What the maker pays per standard hour."
    )
    completion_target = fields.Float(string="Completion Target (%)", default=100.0)
    reminder_days = fields.Integer(
        string="Remind After (days)",
        default=30,
        help="Owners not come this many days after a notice get a second one; after the second, a callback task.",
    )
    close_reason = fields.Text(
        string="Reason for Closing", help="Needed to close below the completion target (a manager's decision)."
    )
    claim_ids = fields.One2many("aftersales.warranty.claim", "campaign_id", string="Claims to the Maker")
    claim_count = fields.Integer(compute="_compute_claim_count", string="Claims")
    vehicle_count = fields.Integer(compute="_compute_progress", string="Vehicles Affected")
    done_count = fields.Integer(compute="_compute_progress", string="Vehicles Fixed")
    completion_rate = fields.Float(compute="_compute_progress", string="Completion (%)")
    capa_id = fields.Many2one(
        "aftersales.capa",
        string="From Corrective Action",
        index="btree_not_null",
        tracking=True,
        help="The corrective action (不合格项) whose defect this campaign fixes in the field.",
    )
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company, index=True)
    currency_id = fields.Many2one(related="company_id.currency_id")

    def _workflow_fields(self):
        _ = self.env._
        return dict(
            super()._workflow_fields(), state=_("Launch and Close"), launched_on=_("Launch"), line_ids=_("Launch")
        )

    @api.depends("line_ids.state")
    def _compute_progress(self):
        """Completion = vehicles fixed of the vehicles concerned (not applicable ones left out)."""
        counts = {
            (campaign.id, state): count
            for campaign, state, count in self.env["aftersales.campaign.vehicle"]._read_group(
                [("campaign_id", "in", self.ids)], ["campaign_id", "state"], ["__count"]
            )
        }
        for campaign in self:
            by_state = {state: counts.get((campaign.id, state), 0) for state, _label in self.line_ids._STATES}
            campaign.vehicle_count = sum(by_state.values())
            campaign.done_count = by_state["done"]
            concerned = campaign.vehicle_count - by_state["not_applicable"]
            campaign.completion_rate = round(100.0 * by_state["done"] / concerned, 2) if concerned else 0.0

    def _compute_claim_count(self):
        counts = dict(
            self.env["aftersales.warranty.claim"]._read_group(
                [("campaign_id", "in", self.ids)], ["campaign_id"], ["__count"]
            )
        )
        for campaign in self:
            campaign.claim_count = counts.get(campaign, 0)

    @api.constrains("vin_from", "vin_to", "production_date_from", "production_date_to", "date_start", "date_end")
    def _check_ranges(self):
        for campaign in self:
            if campaign.vin_from and campaign.vin_to and campaign.vin_from.upper() > campaign.vin_to.upper():
                raise ValidationError(
                    self.env._("The VIN range of %(name)s ends before it starts.", name=campaign.name)
                )
            for first, last in (
                (campaign.production_date_from, campaign.production_date_to),
                (campaign.date_start, campaign.date_end),
            ):
                if first and last and first > last:
                    raise ValidationError(
                        self.env._("A date range of %(name)s ends before it starts.", name=campaign.name)
                    )

    def write(self, vals):
        frozen = {"product_ids", "vin_from", "vin_to", "production_date_from", "production_date_to", "vin_list"}
        if frozen & set(vals) and any(campaign.state != "draft" for campaign in self):
            raise UserError(self.env._("The vehicles of a launched campaign are frozen: its selection cannot change."))
        return super().write(vals)

    def _vehicle_domain(self):
        """The vehicles the criteria select, for the list's VINs once they are checked."""
        self.ensure_one()
        domain = [("company_id", "=", self.company_id.id)]
        if self.product_ids:
            domain.append(("product_id", "in", self.product_ids.ids))
        if self.vin_from:
            domain.append(("vin", ">=", self.vin_from.upper()))
        if self.vin_to:
            domain.append(("vin", "<=", self.vin_to.upper()))
        if self.production_date_from:
            domain.append(("production_date", ">=", self.production_date_from))
        if self.production_date_to:
            domain.append(("production_date", "<=", self.production_date_to))
        if self.vin_list:
            domain.append(("vin", "in", self._checked_vin_list()))
        return domain

    def _checked_vin_list(self):
        """The list's VINs; refused line by line (bad VINs, repeats, VINs of no vehicle), nothing taken."""
        _ = self.env._
        entries, problems = parse_vin_list(self.vin_list)
        vins = [vin for _line, vin in entries]
        Vehicle = self.env["aftersales.vehicle"]
        known = set(Vehicle.search([("vin", "in", vins), ("company_id", "=", self.company_id.id)]).mapped("vin"))
        reasons = {
            "forbidden_letter": _("contains I, O or Q"),
            "bad_character": _("may contain only A-Z and 0-9"),
            "length": _("is not 17 characters long"),
            "duplicate": _("is listed twice"),
            "unknown": _("is no vehicle of ours"),
        }
        problems += [(line, vin, "unknown") for line, vin in entries if vin not in known]
        if problems:
            lines = "\n".join(
                _("Line %(line)s: %(vin)s %(reason)s", line=line, vin=vin, reason=reasons[code])
                for line, vin, code in sorted(problems)
            )
            raise UserError(
                _("The VIN list of %(name)s has errors; nothing was taken:\n%(lines)s", name=self.name, lines=lines)
            )
        return vins

    def action_launch(self):
        """Freeze the selection: one line per affected vehicle, inserted in one statement (500,000 vehicles
        in seconds; the ORM would take minutes), then the campaign is launched."""
        _ = self.env._
        for campaign in self:
            if campaign.state != "draft":
                raise UserError(_("%(name)s is already launched.", name=campaign.name))
            if not (
                campaign.product_ids
                or campaign.vin_from
                or campaign.vin_to
                or campaign.vin_list
                or campaign.production_date_from
                or campaign.production_date_to
            ):
                raise UserError(
                    _(
                        "%(name)s selects no vehicle: give models, a VIN range, production dates or a VIN list.",
                        name=campaign.name,
                    )
                )
            query = self.env["aftersales.vehicle"]._search(campaign._vehicle_domain())
            self.env.flush_all()
            self.env.cr.execute(
                SQL(
                    """INSERT INTO aftersales_campaign_vehicle
                           (campaign_id, vehicle_id, station_id, company_id, state,
                            create_uid, create_date, write_uid, write_date)
                       %s
                       ON CONFLICT (campaign_id, vehicle_id) DO NOTHING""",
                    query.select(
                        SQL("%s", campaign.id),
                        SQL('"aftersales_vehicle"."id"'),
                        SQL('"aftersales_vehicle"."station_id"'),
                        SQL('"aftersales_vehicle"."company_id"'),
                        SQL("'open'"),
                        SQL("%s", self.env.uid),
                        SQL("now() at time zone 'UTC'"),
                        SQL("%s", self.env.uid),
                        SQL("now() at time zone 'UTC'"),
                    ),
                )
            )
            count = self.env.cr.rowcount
            self.env["aftersales.campaign.vehicle"].invalidate_model()
            campaign.invalidate_recordset(["line_ids"])
            if not count:
                raise UserError(_("%(name)s selects no vehicle of ours: check its criteria.", name=campaign.name))
            with workflow_writes():
                campaign.write({"state": "launched", "launched_on": fields.Date.context_today(campaign)})
            campaign.message_post(body=_("Launched for %(count)s vehicles.", count=count))
        return True

    def action_close(self):
        """Closing below the completion target takes a manager and the reason, which the chatter keeps."""
        _ = self.env._
        for campaign in self:
            if campaign.state != "launched":
                raise UserError(_("Only a launched campaign can be closed."))
            if campaign.completion_rate < campaign.completion_target:
                if not self.env.user.has_group("aftersales_base.group_aftersales_manager"):
                    raise UserError(
                        _(
                            "%(name)s is %(rate)s %% complete, below its %(target)s %% target: only a manager "
                            "may close it.",
                            name=campaign.name,
                            rate=campaign.completion_rate,
                            target=campaign.completion_target,
                        )
                    )
                if not campaign.close_reason:
                    raise UserError(
                        _(
                            "%(name)s is below its completion target: write why it closes anyway first.",
                            name=campaign.name,
                        )
                    )
        with workflow_writes():
            self.write({"state": "closed"})
        for campaign in self.filtered("close_reason"):
            campaign.message_post(body=_("Closed: %(reason)s", reason=campaign.close_reason))
        return True

    def action_notify_owners(self):
        """Tell every owner not told yet (条例: each owner is notified), by e-mail, SMS or letter."""
        # Only the lines concerned are read: a recall may hold hundreds of thousands of vehicles.
        Line = self.env["aftersales.campaign.vehicle"]
        for campaign in self:
            if campaign.state != "launched":
                raise UserError(self.env._("Owners are told of a launched campaign only."))
            lines = Line.search([("campaign_id", "=", campaign.id), ("state", "=", "open"), ("letter_due", "=", False)])
            lines._notify()._plan_callback()
        return True

    def action_print_letters(self):
        """The letters due (owners with neither e-mail nor mobile), a batch at a time: printed in the owners'
        languages and counted as their notice. A manager's: the letters hold the owners' addresses."""
        self.ensure_one()
        if not self.env.user.has_group("aftersales_base.group_aftersales_manager"):
            raise AccessError(self.env._("Only a manager prints the owners' letters."))
        lines = self.env["aftersales.campaign.vehicle"].search(
            [("campaign_id", "=", self.id), ("letter_due", "=", True)], limit=LETTER_BATCH
        )
        if not lines:
            raise UserError(self.env._("%(name)s has no letter to print.", name=self.name))
        lines._count_notice()
        left = self.env["aftersales.campaign.vehicle"].search_count(
            [("campaign_id", "=", self.id), ("letter_due", "=", True)]
        )
        self.message_post(
            body=self.env._("Letters printed: %(count)s; still to print: %(left)s.", count=len(lines), left=left)
        )
        return self.env.ref("aftersales_campaign.action_report_campaign_notice_letter").report_action(lines)

    @api.model
    def _cron_remind_owners(self):
        """Owners who did not come: a second notice after the campaign's delay, then a callback task."""
        today = fields.Date.context_today(self)
        Line = self.env["aftersales.campaign.vehicle"]
        for campaign in self.search([("state", "=", "launched")]):
            due = fields.Date.subtract(today, days=campaign.reminder_days)
            waiting = Line.search(
                [("campaign_id", "=", campaign.id), ("state", "=", "notified"), ("notified_on", "<=", due)]
            )
            second = waiting.filtered(lambda line: line.notice_count == 1)
            unreached = second._notify() if second else second
            (unreached | waiting.filtered(lambda line: line.notice_count >= 2))._plan_callback()

    def _claimable_domain(self, before):
        """Vehicles fixed before ``before`` (the first day of the month being claimed) and not claimed yet."""
        return [
            ("campaign_id", "in", self.ids),
            ("state", "=", "done"),
            ("done_date", "<", before),
            ("claim_ids", "=", False),
        ]

    def action_claim_fixed_vehicles(self):
        """Claim from the maker the vehicles fixed in the months that have ended (the monthly batch, run now)."""
        _ = self.env._
        month_start = fields.Date.context_today(self).replace(day=1)
        lines = self.env["aftersales.campaign.vehicle"].search(self._claimable_domain(month_start))
        if not lines:
            raise UserError(
                _(
                    "No vehicle fixed before %(day)s waits to be claimed: this month's work is claimed once "
                    "the month has ended.",
                    day=fields.Date.to_string(month_start),
                )
            )
        claims = lines._claim_from_maker()
        for campaign, campaign_claims in claims.grouped("campaign_id").items():
            campaign.message_post(
                body=_(
                    "Claimed from the maker: %(count)s vehicles fixed before %(day)s, %(amount)s in all.",
                    count=len(campaign_claims),
                    day=fields.Date.to_string(month_start),
                    amount=campaign.currency_id.format(sum(campaign_claims.mapped("amount_claimed"))),
                )
            )
        return self.action_view_claims(claims)

    @api.model
    def _cron_claim_fixed_vehicles(self):
        """Monthly: last month's campaign work claimed from the maker, for the month's settlement. A
        campaign that cannot be claimed (no manufacturer set, no approval rule) says why on its chatter and
        leaves the others to go ahead."""
        campaigns = self.search([("state", "in", ("launched", "closed"))])
        month_start = fields.Date.context_today(self).replace(day=1)
        pending = self.env["aftersales.campaign.vehicle"]._read_group(
            campaigns._claimable_domain(month_start), ["campaign_id"]
        )
        for (campaign,) in pending:
            try:
                with self.env.cr.savepoint():
                    campaign.with_company(campaign.company_id).action_claim_fixed_vehicles()
            except UserError as error:
                _logger.warning("Campaign %s not claimed: %s", campaign.name, error)
                campaign.message_post(
                    body=self.env._("The monthly claim to the maker failed: %(error)s", error=error.args[0])
                )

    def action_view_claims(self, claims=None):
        claims = claims if claims is not None else self.claim_ids
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_warranty.action_warranty_claim")
        action["domain"] = [("id", "in", claims.ids)]
        action["context"] = {"create": False}
        return action

    def _progress_rows(self, groupby="station_id"):
        """The regulator's progress figures (缺陷汽车产品召回管理条例) per station (or per region, the
        station's province), then the total, as ``(label, affected, notified, scheduled, done, not
        applicable, remaining, completion %)``; one grouped query."""
        self.ensure_one()
        _ = self.env._
        counts = {}
        for group, state, count in self.env["aftersales.campaign.vehicle"]._read_group(
            [("campaign_id", "=", self.id)], [groupby, "state"], ["__count"]
        ):
            counts.setdefault(group, {})[state] = count

        def row(label, by_state):
            affected = sum(by_state.values())
            done, skipped = by_state.get("done", 0), by_state.get("not_applicable", 0)
            concerned = affected - skipped
            return (
                label,
                affected,
                by_state.get("notified", 0),
                by_state.get("scheduled", 0),
                done,
                skipped,
                concerned - done,
                round(100.0 * done / concerned, 1) if concerned else 0.0,
            )

        nameless = _("No station") if groupby == "station_id" else _("No region")
        # A region is named without its country: every station is in the maker's.
        label_field = "display_name" if groupby == "station_id" else "name"
        labels = {group: group[label_field] if group else nameless for group in counts}
        rows = [row(labels[group], counts[group]) for group in sorted(counts, key=lambda group: labels[group])]
        total = {}
        for by_state in counts.values():
            for state, count in by_state.items():
                total[state] = total.get(state, 0) + count
        return rows, row(_("Total"), total)

    def _progress_by_month(self):
        """Vehicles fixed each month, and the completion reached at its end: ``(month, fixed, fixed so far,
        completion %)``."""
        self.ensure_one()
        Line = self.env["aftersales.campaign.vehicle"]
        concerned = Line.search_count([("campaign_id", "=", self.id), ("state", "!=", "not_applicable")])
        fixed = Line._read_group(
            [("campaign_id", "=", self.id), ("state", "=", "done")], ["done_date:month"], ["__count"]
        )
        rows, so_far = [], 0
        for month, count in sorted(fixed):
            so_far += count
            rows.append(
                (month.strftime("%Y-%m"), count, so_far, round(100.0 * so_far / concerned, 1) if concerned else 0.0)
            )
        return rows

    def _progress_headers(self, first=None):
        _ = self.env._
        return [
            first or _("Service Station"),
            _("Affected"),
            _("Notified"),
            _("Scheduled"),
            _("Done"),
            _("Not Applicable"),
            _("Remaining"),
            _("Completion (%)"),
        ]

    def _progress_tables(self):
        """The report's tables: by station, then by region (the station's province)."""
        return [("station_id", self._progress_headers()), ("region_id", self._progress_headers(self.env._("Region")))]

    def _month_headers(self):
        _ = self.env._
        return [_("Month"), _("Fixed"), _("Fixed So Far"), _("Completion (%)")]

    def action_export_progress(self):
        """The progress report as xlsx: by station, by region and by month."""
        self.ensure_one()
        _ = self.env._
        book = XlsxBook()
        rows, total = self._progress_rows()
        book.add_sheet(_("By Station"), self._progress_headers(), [*rows, total], widths={0: 30})
        rows, total = self._progress_rows("region_id")
        book.add_sheet(_("By Region"), self._progress_headers(_("Region")), [*rows, total], widths={0: 30})
        book.add_sheet(_("By Month"), self._month_headers(), self._progress_by_month(), widths={0: 12})
        return xlsx_download(self, book.close(), f"{self.name.replace('/', '-')}-progress.xlsx")

    def action_view_vehicles(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Vehicles of %(name)s", name=self.name),
            "res_model": "aftersales.campaign.vehicle",
            "view_mode": "list,pivot,graph",
            "domain": [("campaign_id", "=", self.id)],
            "context": {"default_campaign_id": self.id},
        }
