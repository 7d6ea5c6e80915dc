from odoo import http
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class AftersalesSurveyPortal(CustomerPortal):
    """The customer's open callback questionnaires; only ever their own (the domain names them)."""

    def _aftersales_open_callbacks(self):
        partner = request.env.user.partner_id.commercial_partner_id
        return (
            request.env["aftersales.callback"]
            .sudo()
            .search(
                [
                    ("partner_id", "child_of", partner.id),
                    ("state", "=", "scheduled"),
                    ("survey_id", "!=", False),
                ],
                order="deadline",
            )
        )

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "questionnaire_count" in counters:
            values["questionnaire_count"] = len(self._aftersales_open_callbacks())
        return values

    @http.route(["/my/questionnaires"], type="http", auth="user", website=True)
    def portal_my_questionnaires(self, **kwargs):
        values = self._prepare_portal_layout_values()
        values.update(callbacks=self._aftersales_open_callbacks(), page_name="questionnaire")
        return request.render("aftersales_survey.portal_my_questionnaires", values)

    @http.route(["/my/questionnaires/<int:callback_id>"], type="http", auth="user", website=True)
    def portal_answer_questionnaire(self, callback_id, **kwargs):
        callback = self._aftersales_open_callbacks().filtered(lambda c: c.id == callback_id)
        if not callback:
            return request.redirect("/my")
        answer = callback._ensure_user_input()
        return request.redirect(answer.get_start_url())
