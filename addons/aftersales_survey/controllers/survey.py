from odoo.http import request

from odoo.addons.survey.controllers.main import Survey


class AftersalesSurvey(Survey):
    """An agent who fills a callback's questionnaire during the call gets a way back to the callback."""

    def _prepare_survey_finished_values(self, survey, answer, token=False):
        values = super()._prepare_survey_finished_values(survey, answer, token=token)
        callback = answer.aftersales_callback_id
        user = request.env.user
        if callback and not user.share and callback.with_user(user).has_access("read"):
            values["aftersales_callback_url"] = f"/odoo/action-aftersales_survey.action_callback/{callback.id}"
        return values
