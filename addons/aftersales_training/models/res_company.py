from odoo import fields, models

from ..tools.training import FREE_OPERATORS, parse_months


class ResCompany(models.Model):
    _inherit = "res.company"

    aftersales_training_target = fields.Float(
        string="Operators Trained After Handover Target (%)",
        default=100.0,
        help="新车交接后培训达标率 (001): vehicles handed over whose operators passed training, of all handed over.",
    )
    aftersales_training_free_operators = fields.Integer(
        string="Free Operators per Vehicle",
        default=FREE_OPERATORS,
        help="How many of a vehicle's or installation's operators are trained free (智能化: 3-5).",
    )
    aftersales_training_months = fields.Char(
        string="Training Months",
        default="5,10",
        help="Months in which stations are reminded to train the operators not yet trained (002: May and October).",
    )

    def _aftersales_training_months(self):
        self.ensure_one()
        return parse_months(self.aftersales_training_months)
