from datetime import timedelta

from odoo import api, fields, models
from odoo.tools.misc import get_lang

from ..tools.callback import callback_dates, period_key


class AftersalesCallbackRule(models.Model):
    """Finding the events a rule calls back about, and creating their callbacks once."""

    _inherit = "aftersales.callback.rule"

    def _events(self, today):
        """``{event_key: values}`` of this rule's qualifying events since its look-back day."""
        self.ensure_one()
        since = today - timedelta(days=self.lookback_days)
        return getattr(self, f"_events_{self.trigger}")(since, today)

    def _events_ticket_closed(self, since, today):
        tickets = self.env["helpdesk.ticket"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("stage_id.aftersales_callback", "=", True),
                ("last_stage_update", ">=", fields.Datetime.to_datetime(since)),
                ("partner_id", "!=", False),
            ]
        )
        return {
            f"helpdesk.ticket,{ticket.id}": {
                "date": fields.Date.context_today(self, ticket.last_stage_update),
                "ticket_id": ticket.id,
                "vehicle_id": ticket.vehicle_id.id,
                "partner_id": ticket.partner_id.id,
                "station_id": ticket.station_id.id,
                "technician_id": ticket.user_id.id,
            }
            for ticket in tickets
        }

    def _events_repair_done(self, since, today):
        domain = [
            ("company_id", "=", self.company_id.id),
            ("state", "=", "done"),
            ("aftersales_done_date", ">=", since),
            ("partner_id", "!=", False),
        ]
        if self.repair_scope == "major":
            domain.append(("repair_class", "=", "overhaul"))
        repairs = self.env["repair.order"].search(domain)
        if self.repair_scope == "warranty":
            repairs = repairs.filtered(lambda job: job.amount_warranty or job.amount_goodwill)
        return {
            f"repair.order,{job.id}": {
                "date": job.aftersales_done_date,
                "repair_id": job.id,
                "ticket_id": job.ticket_id.id,
                "vehicle_id": job.vehicle_id.id,
                "partner_id": job.partner_id.id,
                "station_id": job.station_id.id,
                "technician_id": job.user_id.id,
            }
            for job in repairs
        }

    def _events_vehicle_delivered(self, since, today):
        vehicles = self.env["aftersales.vehicle"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("delivery_date", ">=", since),
                ("delivery_date", "<=", today),
                ("partner_id", "!=", False),
            ]
        )
        return {
            f"aftersales.vehicle,{vehicle.id}": {
                "date": vehicle.delivery_date,
                "vehicle_id": vehicle.id,
                "partner_id": vehicle.partner_id.id,
                "station_id": (vehicle.dealer_id or vehicle.station_id).id,
            }
            for vehicle in vehicles
        }

    def _events_periodic(self, since, today):
        """大客户: every key customer once per period (twice a year by default)."""
        customers = self.env["res.partner"].search([("aftersales_key_customer", "=", True)])
        period = period_key(today, self.period_months)
        return {
            f"res.partner,{customer.id},{period}": {"date": today, "partner_id": customer.id} for customer in customers
        }

    def _generate_callbacks(self, today=None):
        """Create the callbacks of every rule's new events, in one batch; existing ones are left alone."""
        today = today or fields.Date.context_today(self)
        Callback = self.env["aftersales.callback"]
        values = []
        for rule in self:
            events = rule._events(today)
            if not events:
                continue
            existing = set(
                Callback.with_context(active_test=False)
                .search([("rule_id", "=", rule.id), ("event_key", "in", list(events))])
                .mapped("event_key")
            )
            agents = rule._agent_picker()
            for key, event in events.items():
                if key in existing:
                    continue
                scheduled, deadline = callback_dates(event.pop("date"), rule.delay_days, rule.deadline_days)
                values.append(
                    {
                        **event,
                        "rule_id": rule.id,
                        "event_key": key,
                        "scheduled_date": max(scheduled, today),
                        "deadline": max(deadline, scheduled, today),
                        "survey_id": rule.survey_id.id,
                        "user_id": agents(),
                        "company_id": rule.company_id.id,
                    }
                )
        return Callback.create(values)

    def _agent_picker(self):
        """Who gets the next call: the rule's agent, else the team member with the fewest open calls."""
        self.ensure_one()
        if self.user_id or not self.team_user_ids:
            return lambda: self.user_id.id
        load = dict.fromkeys(self.team_user_ids.ids, 0)
        for user, count in self.env["aftersales.callback"]._read_group(
            [("state", "=", "scheduled"), ("user_id", "in", self.team_user_ids.ids)], ["user_id"], ["__count"]
        ):
            load[user.id] = count

        def pick():
            user_id = min(load, key=lambda uid: (load[uid], uid))
            load[user_id] += 1
            return user_id

        return pick

    @api.model
    def _cron_generate_callbacks(self):
        # A scheduled job has no language: the callbacks it logs read in the company's language.
        self.with_context(lang=get_lang(self.env).code).search([])._generate_callbacks()
