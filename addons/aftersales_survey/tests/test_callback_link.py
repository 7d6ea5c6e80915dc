from odoo.tests import HttpCase
from odoo.tests import tagged

from .common import CallbackMixin


@tagged("post_install", "-at_install")
class TestCallbackLink(CallbackMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_callbacks()

    def test_customer_answers_the_emailed_link(self):
        callback = self._callback()
        callback.action_send_survey()
        answer = callback.user_input_id
        self.assertEqual(answer.partner_id, self.customer)
        self.assertIn(answer.access_token, callback.message_ids[0].body)
        survey = self.survey
        # The customer, not logged in, opens the link from the email and answers every item.
        page = self.url_open(f"/survey/{survey.access_token}/{answer.access_token}")
        self.assertEqual(page.status_code, 200)
        csrf = self._csrf(page.text)
        base = survey.get_base_url()
        self.opener.post(f"{base}/survey/begin/{survey.access_token}/{answer.access_token}", json={})
        params = {"csrf_token": csrf, "token": answer.access_token}
        for question in survey.question_ids.filtered(lambda q: q.question_type == "simple_choice"):
            params[str(question.id)] = str(question.suggested_answer_ids.filtered(lambda a: a.answer_score == 5).id)
        response = self.opener.post(
            f"{base}/survey/submit/{survey.access_token}/{answer.access_token}", json={"params": params}
        )
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("error", response.json(), response.text)
        callback.invalidate_recordset()
        answer.invalidate_recordset()
        self.assertEqual(answer.state, "done")
        self.assertEqual((callback.state, callback.outcome, callback.score), ("done", "satisfied", 100.0))

    def _csrf(self, html):
        import re

        return re.search(r'csrf_token[^>]*value="([^"]+)"', html).group(1)
