from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

RECORD_TYPES = [
    ("site_service", "On-Site Service Record"),
    ("emergency", "Emergency Technical Service Record"),
    ("system_maintenance", "System Maintenance Record"),
    ("spare_parts", "Spare Parts Service Record"),
]
KIND_TO_TYPE = {"road_rescue": "emergency", "maintenance_visit": "system_maintenance", "spare_parts": "spare_parts"}


class AftersalesFsmRecord(models.Model):
    """现场工作记录: what the engineer found and did on site, signed by the customer on the engineer's
    phone. A record signed by the customer is evidence: it never changes; a correction is a new
    record that amends it."""

    _name = "aftersales.fsm.record"
    _description = "On-Site Work Record"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "aftersales.numbered.mixin",
        "aftersales.workflow.guard.mixin",
    ]
    _sequence_code = "aftersales.fsm.record"
    _order = "id desc"

    order_id = fields.Many2one(
        "fsm.order", string="Dispatch Order", required=True, index=True, ondelete="restrict", tracking=True
    )
    record_type = fields.Selection(RECORD_TYPES, required=True, default="site_service")
    company_id = fields.Many2one(related="order_id.company_id", store=True, index=True)
    vehicle_id = fields.Many2one(related="order_id.vehicle_id", store=True, index="btree_not_null")
    station_id = fields.Many2one(related="order_id.station_id", store=True, index="btree_not_null")
    location_id = fields.Many2one(related="order_id.location_id", string="Service Location")
    person_id = fields.Many2one(related="order_id.person_id", string="Engineer")
    found = fields.Text(string="Problem Found")
    analysis = fields.Text(string="Cause Analysis")
    work_done = fields.Text()
    part_line_ids = fields.One2many("aftersales.fsm.record.part", "record_id", string="Parts Used")
    hours_on_site = fields.Float(string="Time on Site (h)", digits=(16, 2))
    engineer_signature = fields.Binary(copy=False, attachment=True)
    customer_signature = fields.Binary(copy=False, attachment=True)
    signed_by = fields.Char(string="Signed By (Customer)", copy=False)
    signed_on = fields.Datetime(copy=False, readonly=True, tracking=True)
    is_signed = fields.Boolean(
        string="Signed by Customer", compute="_compute_is_signed", store=True, index=True, copy=False
    )
    amends_id = fields.Many2one("aftersales.fsm.record", readonly=True, copy=False, index="btree_not_null")
    amended_by_ids = fields.One2many("aftersales.fsm.record", "amends_id")

    _sql_constraints = [("hours_positive", "CHECK(hours_on_site >= 0)", "The time on site cannot be negative.")]

    @api.depends("signed_on")
    def _compute_is_signed(self):
        for record in self:
            record.is_signed = bool(record.signed_on)

    def _workflow_fields(self):
        signing = self.env._("the customer's signature")
        return dict(super()._workflow_fields(), signed_on=signing, amends_id=self.env._("Amend"))

    def _check_order_started(self, orders):
        unstarted = orders.filtered(lambda o: not o.arrived_at)
        if unstarted:
            raise UserError(
                self.env._(
                    "%(orders)s has not started: record the arrival on site before recording or signing the work.",
                    orders=", ".join(unstarted.mapped("name")),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        order_ids = [vals.get("order_id") or self.env.context.get("default_order_id") for vals in vals_list]
        self._check_order_started(self.env["fsm.order"].browse([oid for oid in order_ids if oid]))
        for vals in vals_list:
            self._workflow_check(vals, creating=True)
            if vals.get("customer_signature"):
                vals["signed_on"] = fields.Datetime.now()
                if not vals.get("signed_by"):
                    vals["signed_by"] = self._default_signer(self.env["fsm.order"].browse(vals.get("order_id")))
        with workflow_writes():
            records = super().create(vals_list)
        records.filtered("is_signed")._after_signature()
        return records

    def write(self, vals):
        """A record signed by the customer does not change; signing stamps the time once."""
        if set(vals) - {"message_main_attachment_id"}:
            self._check_not_signed()
        if "customer_signature" in vals or "engineer_signature" in vals:
            self._check_order_started(self.order_id)
        if not vals.get("customer_signature"):
            return super().write(vals)
        if not vals.get("signed_by"):
            for record in self.filtered(lambda r: not r.signed_by):
                record.write({"signed_by": self._default_signer(record.order_id)})
        self._workflow_check(vals)
        with workflow_writes():
            result = super().write(dict(vals, signed_on=fields.Datetime.now()))
        self._after_signature()
        return result

    def _default_signer(self, order):
        """Who signs when nobody typed a name: the site's contact, else the customer."""
        location = order.location_id
        return location.contact_id.name or location.owner_id.name

    def _after_signature(self):
        for record in self:
            record.message_post(body=self.env._("Signed by the customer: %(name)s.", name=record.signed_by))

    def _check_not_signed(self):
        signed = self.filtered("is_signed")
        if signed:
            raise UserError(
                self.env._(
                    "%(records)s is signed by the customer and cannot be changed: amend it with a new record.",
                    records=", ".join(signed.mapped("name")),
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        self._check_not_signed()

    def action_amend(self):
        """A new record copying this signed one, to be corrected and signed again."""
        self.ensure_one()
        if not self.is_signed:
            raise UserError(self.env._("%(record)s is not signed yet: correct it directly.", record=self.name))
        with workflow_writes():
            amendment = self.copy({"amends_id": self.id})
        amendment.part_line_ids = [
            fields.Command.create({"product_id": p.product_id.id, "quantity": p.quantity, "lot_id": p.lot_id.id})
            for p in self.part_line_ids
        ]
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": amendment.id,
            "view_mode": "form",
        }

    def _aftersales_check_printable(self, report_name):
        """The record certifies the customer's acceptance: it prints once the customer has signed."""
        unsigned = self.filtered(lambda r: not r.is_signed)
        if unsigned:
            raise UserError(
                self.env._(
                    "%(records)s is not signed by the customer yet: it cannot be printed.",
                    records=", ".join(unsigned.mapped("name")),
                )
            )
