from odoo.tests import HttpCase, tagged

from .common import CallbackMixin


@tagged("post_install", "-at_install")
class TestQuestionnaireReturn(CallbackMixin, HttpCase):
    """The agent who fills a questionnaire during the call finds the way back to the callback; the
    customer answering the emailed link is shown no link into the back office."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_callbacks()

    def _answer_everything(self, answer):
        """Answer every item "very satisfied" as the browser does; the finished page's HTML."""
        response = self._submit_very_satisfied(answer)
        return response.json()["result"][1]["survey_content"]

    def test_agent_gets_back_to_the_callback(self):
        callback = self._callback()
        self.authenticate(self.agent.login, self.agent.login)
        action = callback.with_user(self.agent).action_fill_survey()
        answer = callback.user_input_id
        self.assertIn(answer.access_token, action["url"])
        back = f'href="/odoo/action-aftersales_survey.action_callback/{callback.id}"'
        finished = self._answer_everything(answer)
        self.assertIn("Back to the callback", finished)
        self.assertIn(back, finished)
        # The finished page opened again (reload, browser history) keeps the way back.
        self.assertIn(back, self.url_open(f"/survey/{self.survey.access_token}/{answer.access_token}").text)
        callback.invalidate_recordset()
        self.assertEqual(callback.state, "done")

    def test_customer_gets_no_link_into_the_back_office(self):
        callback = self._callback()
        callback.action_send_survey()
        finished = self._answer_everything(callback.user_input_id)
        self.assertIn("Thank you", finished)
        self.assertNotIn("Back to the callback", finished)
        self.assertNotIn("action_callback", finished)
