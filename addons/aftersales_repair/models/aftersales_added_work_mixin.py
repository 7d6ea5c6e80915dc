from odoo import api, fields, models

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

PAY_TYPES = [
    ("customer", "Customer"),
    ("warranty", "Warranty"),
    ("goodwill", "Goodwill"),
    ("internal", "Internal"),
]
POSITIONS = [("left", "Left"), ("right", "Right"), ("both", "Both Sides")]
AUTHORISATION_METHODS = [
    ("signature", "Signature"),
    ("phone", "Phone"),
    ("sms", "SMS / Message"),
    ("portal", "Customer Portal"),
    ("in_person", "In Person"),
]


class AftersalesAddedWorkMixin(models.AbstractModel):
    """Pay type and added-work authorisation shared by labour lines and part moves of a repair job.

    A customer-paid line added after the job is confirmed is added work (增项): the customer must
    authorise it (同意并授权) before the job can be finished.
    """

    _name = "aftersales.added.work.mixin"
    _inherit = ["aftersales.workflow.guard.mixin"]
    _description = "Repair Line Pay Type and Authorisation"

    pay_type = fields.Selection(PAY_TYPES, default="customer")
    aftersales_position = fields.Selection(
        POSITIONS, string="Position", help="Side of the vehicle, for parts that come in pairs (left/right)."
    )
    is_added_work = fields.Boolean(string="Added Work", readonly=True, copy=False)
    authorised_by = fields.Char(copy=False, help="Who authorised the added work.")
    authorised_date = fields.Datetime(copy=False)
    authorised_method = fields.Selection(AUTHORISATION_METHODS, string="Authorised How", copy=False)
    needs_authorisation = fields.Boolean(compute="_compute_needs_authorisation")

    def _workflow_fields(self):
        action = self.env._("Authorise Added Work")
        return dict(
            super()._workflow_fields(),
            is_added_work=self.env._("adding a customer-paid line to a confirmed job"),
            authorised_by=action,
            authorised_date=action,
            authorised_method=action,
        )

    @api.depends("is_added_work", "authorised_date")
    def _compute_needs_authorisation(self):
        for line in self:
            line.needs_authorisation = line.is_added_work and not line.authorised_date

    @api.model
    def _added_work_defaults(self, vals_list, repairs_by_id):
        """Lines created on a confirmed job are added work; every line takes the job's default pay type."""
        for vals in vals_list:
            repair = repairs_by_id.get(vals.get("repair_id"))
            if not repair:
                continue
            vals.setdefault("pay_type", repair.default_pay_type)
            if repair.state in ("confirmed", "under_repair") and vals["pay_type"] == "customer":
                vals["is_added_work"] = True
        return vals_list

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._workflow_check(vals, creating=True)
        repairs = self.env["repair.order"].browse({vals["repair_id"] for vals in vals_list if vals.get("repair_id")})
        self._added_work_defaults(vals_list, {repair.id: repair for repair in repairs})
        with workflow_writes():  # checked above, before the job's own defaults were added
            return super().create(vals_list)
