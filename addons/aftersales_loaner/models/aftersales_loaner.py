from odoo import api, fields, models

LOANER_KINDS = [("vehicle", "Vehicle"), ("unit", "Unit")]
LOANER_STATES = [("available", "Available"), ("lent", "Lent"), ("overdue", "Overdue")]


class AftersalesLoaner(models.Model):
    """A loaner vehicle or unit (备机/代步车) a station lends to customers while their repair lasts.

    Its state follows its open loan; only lending and taking it back move it."""

    _name = "aftersales.loaner"
    _description = "Loaner Vehicle or Unit"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin", "aftersales.rpc.mixin"]
    _order = "station_id, name, id"

    name = fields.Char(required=True, tracking=True, help="Plate or serial number as people read it.")
    kind = fields.Selection(LOANER_KINDS, required=True, default="vehicle")
    license_plate = fields.Char(tracking=True)
    product_id = fields.Many2one("product.product", string="Model", check_company=True)
    lot_id = fields.Many2one(
        "stock.lot",
        string="Serial Number",
        check_company=True,
        domain="[('product_id', '=', product_id)]",
    )
    station_id = fields.Many2one(
        "res.partner",
        string="Service Station",
        required=True,
        index=True,
        tracking=True,
        domain="[('is_service_station', '=', True)]",
        default=lambda self: self.env.user.aftersales_station_id,
        help="The station that owns the loaner and lends it; its users see it.",
    )
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    active = fields.Boolean(default=True)
    note = fields.Html()
    loan_ids = fields.One2many("aftersales.loaner.loan", "loaner_id", string="Loans")
    loan_count = fields.Integer(compute="_compute_loan_count")
    current_loan_id = fields.Many2one("aftersales.loaner.loan", compute="_compute_state", store=True)
    current_partner_id = fields.Many2one(related="current_loan_id.partner_id", string="Current Borrower")
    current_due_on = fields.Datetime(related="current_loan_id.due_on", string="Due Back")
    state = fields.Selection(
        LOANER_STATES, compute="_compute_state", store=True, index=True, tracking=True, string="Status"
    )

    @api.depends("loan_ids.returned_on", "loan_ids.overdue")
    def _compute_state(self):
        for loaner in self:
            loan = loaner.loan_ids.filtered(lambda line: not line.returned_on)[:1]
            loaner.current_loan_id = loan
            loaner.state = ("overdue" if loan.overdue else "lent") if loan else "available"

    def _compute_loan_count(self):
        counts = dict(
            self.env["aftersales.loaner.loan"]._read_group([("loaner_id", "in", self.ids)], ["loaner_id"], ["__count"])
        )
        for loaner in self:
            loaner.loan_count = counts.get(loaner, 0)

    def _workflow_fields(self):
        moved = self.env._("lending and taking back")
        return dict(super()._workflow_fields(), state=moved, current_loan_id=moved)

    def action_take_back(self):
        """Take back from the loaner's own card: closes its open loan."""
        return self.current_loan_id.action_return()

    def action_view_loans(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("aftersales_loaner.aftersales_loaner_loan_action")
        action["domain"] = [("loaner_id", "=", self.id)]
        action["context"] = {"default_loaner_id": self.id}
        return action
