from odoo.tests import HttpCase, tagged

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
        # The customer, not logged in, opens the link from the email and answers every item.
        self._submit_very_satisfied(answer)
        callback.invalidate_recordset()
        answer.invalidate_recordset()
        self.assertEqual(answer.state, "done")
        self.assertEqual((callback.state, callback.outcome, callback.score), ("done", "satisfied", 100.0))
