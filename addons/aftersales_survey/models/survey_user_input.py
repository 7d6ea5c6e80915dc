from odoo import fields, models


class SurveyUserInput(models.Model):
    _inherit = "survey.user_input"

    aftersales_callback_id = fields.Many2one("aftersales.callback", string="Callback", index="btree_not_null")

    def _mark_done(self):
        result = super()._mark_done()
        # The customer answering from the emailed link is the public user: the callback's owner takes over.
        self.sudo().aftersales_callback_id._on_survey_done()
        return result
