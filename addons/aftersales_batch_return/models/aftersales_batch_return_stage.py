from odoo import api, fields, models
from odoo.exceptions import UserError

STAGE_SELECTION = [
    ("request", "Request"),
    ("confirm", "Quality Confirmation"),
    ("receive", "Receipt"),
    ("sample", "Sampling"),
    ("rework", "Rework"),
    ("schedule", "Return Scheduling"),
    ("done", "Done"),
]


class AftersalesBatchReturnStage(models.Model):
    """A stage of the batch return and the department (group) that moves a return out of it.

    The code ties a stage to its step of the procedure; the group may be changed to suit the company."""

    _name = "aftersales.batch.return.stage"
    _description = "Batch Return Stage"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    fold = fields.Boolean(string="Folded in Kanban")
    code = fields.Selection(STAGE_SELECTION, string="Step", required=True)
    group_id = fields.Many2one(
        "res.groups",
        string="Responsible Department",
        ondelete="restrict",
        help="Only members of this group move a batch return out of this stage; empty on the last stage.",
    )
    description = fields.Text(translate=True, help="What the department does at this stage.")

    _sql_constraints = [("code_uniq", "unique (code)", "Each step has one stage.")]

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        """Each step of the procedure needs its stage: rename or reassign it instead."""
        raise UserError(self.env._("A batch return stage cannot be deleted: rename it or change its department."))
