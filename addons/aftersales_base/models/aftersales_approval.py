from odoo import fields, models

APPROVAL_STEP_STATES = [
    ("waiting", "Waiting"),
    ("pending", "To Approve"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("cancel", "Cancelled"),
]


class AftersalesApproval(models.Model):
    """One approval step of one document: who may decide it, who did, when, and why."""

    _name = "aftersales.approval"
    _description = "Approval Step"
    _check_company_auto = True
    _inherit = ["aftersales.rpc.mixin"]
    _order = "res_model, res_id, sequence, id"

    res_model = fields.Char(string="Document Model", required=True, index=True)
    res_id = fields.Many2oneReference(string="Document", required=True, index=True, model_field="res_model")
    rule_id = fields.Many2one("aftersales.approval.rule", ondelete="set null", check_company=True)
    name = fields.Char(string="Step", required=True, translate=True)
    sequence = fields.Integer()
    group_id = fields.Many2one("res.groups", string="Approver Group")
    user_ids = fields.Many2many("res.users", string="Approvers")
    state = fields.Selection(APPROVAL_STEP_STATES, default="waiting", required=True, index=True)
    decided_by_id = fields.Many2one("res.users")
    decided_on = fields.Datetime()
    note = fields.Text()
    company_id = fields.Many2one("res.company", required=True, index=True)
    station_id = fields.Many2one(
        "res.partner",
        string="Service Station",
        index="btree_not_null",
        help="The station of the document: its users see the steps of their own documents only.",
        check_company=True,
    )

    def _workflow_fields(self):
        engine = self.env._("the approval engine (Submit / Approve / Reject on the document)")
        return dict(
            super()._workflow_fields(),
            **dict.fromkeys(
                ("res_model", "res_id", "rule_id", "name", "sequence", "group_id", "user_ids", "state")
                + ("decided_by_id", "decided_on", "note", "company_id", "station_id"),
                engine,
            ),
        )

    def _copy_rule_names(self):
        """A step is named after its rule in every language, whoever submitted the document."""
        langs = [code for code, _name in self.env["res.lang"].get_installed()]
        for step in self.filtered("rule_id"):
            step.update_field_translations("name", {lang: step.rule_id.with_context(lang=lang).name for lang in langs})

    def _can_decide(self, user):
        self.ensure_one()
        return user in self.user_ids or bool(self.group_id and self.group_id in user.groups_id)
