from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL

from odoo.addons.aftersales_base.tools.workflow import workflow_writes
from odoo.addons.aftersales_repair.models.repair_order_quality import FUEL_LEVELS

from ..tools.loaner import loan_overdue

LOAN_REASONS = [
    ("repair", "Until the Repair Is Done"),
    ("not_cleared_48h", "Fault Not Cleared in 48 h"),
    ("sanbao", "三包 Right"),
]
LOAN_STATES = [("open", "Lent"), ("returned", "Returned")]
DEFAULT_LOAN_DAYS = 3


class AftersalesLoanerLoan(models.Model):
    """One lending of a loaner to a customer (借用记录), from lending until it comes back.

    A loaner is lent to one customer at a time: checked here with a message naming who has it, and by a
    partial unique index so that two clerks lending it at the same moment cannot both succeed."""

    _name = "aftersales.loaner.loan"
    _description = "Loaner Loan"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.numbered.mixin", "aftersales.rpc.mixin"]
    _sequence_code = "aftersales.loaner.loan"
    _order = "lent_on desc, id desc"

    loaner_id = fields.Many2one(
        "aftersales.loaner",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
        check_company=True,
        domain="[('state', '=', 'available')]",
    )
    loaner_kind = fields.Selection(related="loaner_id.kind")
    station_id = fields.Many2one(related="loaner_id.station_id", store=True, index=True)
    company_id = fields.Many2one(related="loaner_id.company_id", store=True, index=True, precompute=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    repair_id = fields.Many2one("repair.order", string="Repair Job", index="btree_not_null", check_company=True)
    vehicle_id = fields.Many2one(
        "aftersales.vehicle",
        string="Customer's Vehicle",
        compute="_compute_from_repair",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
        check_company=True,
    )
    ticket_id = fields.Many2one(
        "helpdesk.ticket",
        string="Case",
        compute="_compute_from_repair",
        store=True,
        readonly=False,
        precompute=True,
        index="btree_not_null",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        compute="_compute_from_repair",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        index=True,
        tracking=True,
    )
    reason = fields.Selection(LOAN_REASONS, required=True, default="repair")
    lent_on = fields.Datetime(required=True, default=fields.Datetime.now, tracking=True)
    due_on = fields.Datetime(
        string="Due Back",
        required=True,
        tracking=True,
        default=lambda self: fields.Datetime.now() + timedelta(days=DEFAULT_LOAN_DAYS),
    )
    returned_on = fields.Datetime(readonly=True, copy=False, tracking=True)
    state = fields.Selection(
        LOAN_STATES, required=True, default="open", readonly=True, copy=False, index=True, tracking=True
    )
    overdue = fields.Boolean(compute="_compute_overdue", store=True, index=True)
    odometer_out = fields.Integer(string="Odometer Out (km)")
    odometer_in = fields.Integer(string="Odometer In (km)")
    fuel_out = fields.Selection(FUEL_LEVELS)
    fuel_in = fields.Selection(FUEL_LEVELS)
    deposit = fields.Monetary(help="Deposit taken from the customer, if any.")
    fee = fields.Monetary(help="Fee charged for the loan, if any.")
    note = fields.Text()

    _sql_constraints = [
        ("due_after_lent", "CHECK(due_on >= lent_on)", "A loaner cannot be due back before it is lent."),
        (
            "returned_after_lent",
            "CHECK(returned_on IS NULL OR returned_on >= lent_on)",
            "A loaner comes back after it is lent.",
        ),
        ("amounts_positive", "CHECK(deposit >= 0 AND fee >= 0)", "Deposit and fee cannot be negative."),
    ]

    def init(self):
        # Never lent twice at once, even when two lendings are written at the same moment.
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS aftersales_loaner_loan_one_open_uniq "
                "ON %s (loaner_id) WHERE returned_on IS NULL",
                SQL.identifier(self._table),
            )
        )

    @api.depends("repair_id")
    def _compute_from_repair(self):
        for loan in self.filtered("repair_id"):
            repair = loan.repair_id
            loan.vehicle_id = repair.vehicle_id or loan.vehicle_id
            loan.ticket_id = repair.ticket_id or loan.ticket_id
            loan.partner_id = repair.partner_id or repair.vehicle_id.partner_id or loan.partner_id

    @api.depends("returned_on", "due_on")
    def _compute_overdue(self):
        now = fields.Datetime.now()
        for loan in self:
            loan.overdue = loan_overdue(loan.due_on, now, loan.returned_on)

    def _workflow_fields(self):
        take_back = self.env._("Take Back")
        return dict(
            super()._workflow_fields(),
            state=take_back,
            returned_on=take_back,
            overdue=self.env._("the due date"),
        )

    def _check_loaners_free(self, loaner_ids):
        """Refuse lending a loaner that is out, naming who has it (before the index says it less clearly)."""
        seen = set()
        for loaner_id in loaner_ids:
            if loaner_id in seen:
                loaner = self.env["aftersales.loaner"].browse(loaner_id)
                raise ValidationError(
                    self.env._("Loaner %(loaner)s cannot be lent twice at once.", loaner=loaner.display_name)
                )
            seen.add(loaner_id)
        if not seen:
            return
        busy = (
            self.sudo()
            .with_context(active_test=False)
            .search([("loaner_id", "in", list(seen)), ("returned_on", "=", False), ("id", "not in", self.ids)])
        )
        if busy:
            loan = busy[0]
            raise ValidationError(
                self.env._(
                    "Loaner %(loaner)s is lent to %(customer)s (%(loan)s) and not returned yet.",
                    loaner=loan.loaner_id.display_name,
                    customer=loan.partner_id.display_name,
                    loan=loan.name,
                )
            )

    def _check_loaners_lendable(self, loaners):
        inactive = loaners.filtered(lambda loaner: not loaner.active)
        if inactive:
            raise ValidationError(
                self.env._("Loaner %(loaner)s is archived: it is not lent.", loaner=inactive[0].display_name)
            )

    @api.model_create_multi
    def create(self, vals_list):
        lending = [vals.get("loaner_id") for vals in vals_list if vals.get("loaner_id") and not vals.get("returned_on")]
        self._check_loaners_free(lending)
        self._check_loaners_lendable(self.env["aftersales.loaner"].browse(lending))
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("loaner_id"):
            if len(self.filtered(lambda loan: not loan.returned_on)) > 1:
                raise ValidationError(self.env._("One loaner cannot be lent twice at once."))
            if any(not loan.returned_on for loan in self):
                self._check_loaners_free([vals["loaner_id"]])
                self._check_loaners_lendable(self.env["aftersales.loaner"].browse(vals["loaner_id"]))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_open(self):
        if any(not loan.returned_on for loan in self):
            raise UserError(self.env._("A loaner that is out is taken back before its loan is deleted."))

    def action_return(self):
        """The customer brings the loaner back: the loan closes and the loaner is available again."""
        for loan in self:
            if loan.returned_on:
                raise UserError(self.env._("%(loan)s is already returned.", loan=loan.name))
        now = fields.Datetime.now()
        with workflow_writes():
            self.write({"state": "returned", "returned_on": now})
        for loan in self:
            loan.message_post(body=self.env._("Loaner %(loaner)s returned.", loaner=loan.loaner_id.display_name))
        return True

    @api.model
    def _action_for(self, domain):
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_loaner.aftersales_loaner_loan_action")
        action["domain"] = domain
        return action

    @api.model
    def _cron_refresh_overdue(self):
        """Loans whose due date has passed since they were last written become overdue (and their loaners)."""
        loans = self.search(
            [("returned_on", "=", False), ("overdue", "=", False), ("due_on", "<", fields.Datetime.now())]
        )
        loans.modified(["due_on"])
        self.env.flush_all()
        return True
