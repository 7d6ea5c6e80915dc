from odoo.tests import HttpCase, tagged

from .common import CallbackMixin


@tagged("post_install", "-at_install")
class TestQuestionnaireSideEffects(CallbackMixin, HttpCase):
    """The customer answers the emailed questionnaire as the public user: what follows (score, closing the
    callback and the case, activities) is the callback owner's doing, and never ends on an error page."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_callbacks()
        cls.public = cls.env.ref("base.public_user")

    def _case(self, name, **values):
        return self.env["helpdesk.ticket"].create(
            {
                "name": name,
                "description": "<p>x</p>",
                "partner_id": self.customer.id,
                "vehicle_id": self.vehicle.id,
                **values,
            }
        )

    def _complaint(self):
        return self._case(
            "Rude reception",
            category_id=self.env.ref("aftersales_helpdesk.case_type_complaint").id,
            customer_reply="We apologised on the phone.",
        )

    def _answer_from_the_link(self, callback):
        """The customer, not logged in, opens the emailed link and answers every item 'very satisfied'."""
        callback.action_send_survey()
        answer = callback.user_input_id
        response = self._submit_very_satisfied(answer)
        self.assertIn("o_survey_finished", response.text, "the customer sees the thank-you page")
        self.env.invalidate_all()
        self.assertEqual(answer.state, "done")
        return answer

    def test_complaint_without_root_cause_stays_open_and_the_agent_is_told_why(self):
        case = self._complaint()
        callback = self._callback(ticket_id=case.id)
        self._answer_from_the_link(callback)
        self.assertFalse(case.stage_id.closed, "a complaint does not close without its root cause")
        self.assertEqual((callback.state, callback.outcome, callback.score), ("scheduled", False, 100.0))
        told = case.activity_ids.filtered(lambda a: a.user_id == self.agent)
        self.assertEqual(len(told), 1, case.activity_ids.mapped("summary"))
        self.assertIn("root cause", told.note)
        self.assertEqual(told.create_uid, self.agent)
        self.assertFalse(self.env["mail.activity"].search([("user_id", "=", self.public.id)]))
        # Once the agent has written the root cause, the callback closes the case as usual.
        case.root_cause = "No greeting procedure at the front desk."
        callback.outcome = "satisfied"
        callback.with_user(self.agent).action_done()
        self.assertTrue(case.stage_id.closed)

    def test_satisfied_customer_closes_the_case_in_the_agent_name(self):
        case = self._case("Engine light")
        callback = self._callback(ticket_id=case.id)
        answered_from = self.env["mail.message"].search([], order="id desc", limit=1).id
        self._answer_from_the_link(callback)
        self.assertEqual((callback.state, callback.outcome, callback.score), ("done", "satisfied", 100.0))
        self.assertTrue(case.stage_id.closed)
        closing = case.message_ids.filtered(lambda m: "Closed after the customer" in (m.body or ""))
        self.assertEqual(closing.author_id, self.agent.partner_id)
        since = self.env["mail.message"].search([("id", ">", answered_from)])
        self.assertTrue(since.filtered(lambda m: m.model == "aftersales.callback" and m.tracking_value_ids))
        self.assertNotIn(self.public.partner_id, since.author_id)
        self.assertFalse(self.env["mail.activity"].search([("user_id", "=", self.public.id)]))

    def test_owner_falls_back_to_the_escalation_manager(self):
        case = self._complaint()
        case.user_id = False
        callback = self._callback(ticket_id=case.id, user_id=False)
        answer = self._answer(callback, [5, 5, 5, 5, 5])
        # As the survey controller does it: the answer in sudo, the request's user the public one.
        answer.with_user(self.public).sudo()._mark_done()
        told = case.activity_ids
        self.assertEqual(told.user_id, self.supervisor)
        self.assertIn("root cause", told.note)
        self.assertEqual(callback.state, "scheduled")
