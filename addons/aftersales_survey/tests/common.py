import re

from odoo import Command, fields
from odoo.tests import new_test_user


class CallbackMixin:
    """A customer with a vehicle, a finished warranty job, two agents and a supervisor."""

    @classmethod
    def _setup_callbacks(cls):
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.today = fields.Date.context_today(cls.env.user)
        cls.station = cls.env["res.partner"].create({"name": "Callback Station", "is_service_station": True})
        cls.customer = cls.env["res.partner"].create(
            {"name": "Callback Customer", "email": "customer@example.com", "phone": "+86 10 6500 0001"}
        )
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {"vin": "CBKADRJF7K1000001", "partner_id": cls.customer.id, "station_id": cls.station.id}
        )
        # Everybody in the superuser's time zone, so that "today" is one day for all of them.
        tz = cls.env.user.tz
        cls.agent = new_test_user(cls.env, "cb_agent", groups="aftersales_survey.group_aftersales_callback", tz=tz)
        cls.other_agent = new_test_user(
            cls.env, "cb_agent2", groups="aftersales_survey.group_aftersales_callback", tz=tz
        )
        cls.supervisor = new_test_user(
            cls.env, "cb_supervisor", groups="aftersales_survey.group_aftersales_callback_supervisor", tz=tz
        )
        cls.env.company.aftersales_escalation_user_id = cls.supervisor
        cls.rule = cls.env.ref("aftersales_survey.rule_warranty_repair")
        cls.rule.user_id = cls.agent
        cls.survey = cls.env.ref("aftersales_survey.survey_callback")

    def _finished_job(self, pay_type="warranty", done_date=None):
        job = self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "partner_id": self.customer.id,
                "labour_ids": [Command.create({"name": "Pump", "std_hours": 1, "rate": 120, "pay_type": pay_type})],
            }
        )
        job.write({"state": "done", "aftersales_done_date": done_date or self.today})
        return job

    def _callback(self, **values):
        return self.env["aftersales.callback"].create(
            {
                "partner_id": self.customer.id,
                "vehicle_id": self.vehicle.id,
                "scheduled_date": self.today,
                "deadline": self.today,
                "survey_id": self.survey.id,
                "user_id": self.agent.id,
                **values,
            }
        )

    def _answer(self, callback, marks):
        """The customer's answers: one mark (5 = 非常满意 ... 1 = 差) per item, in order."""
        answer = callback._ensure_user_input()
        items = self.survey.question_ids.filtered(lambda q: q.question_type == "simple_choice").sorted("sequence")
        for question, mark in zip(items, marks, strict=False):
            choice = question.suggested_answer_ids.filtered(lambda a, m=mark: a.answer_score == m)
            answer._save_lines(question, choice.id)
        return answer

    def _submit_very_satisfied(self, answer):
        """Answer every item "very satisfied" through the survey pages, as the browser does (HttpCase only).

        Returns the submit response: JSON whose result carries the finished page's HTML.
        """
        survey = answer.survey_id
        page = self.url_open(f"/survey/{survey.access_token}/{answer.access_token}")
        self.assertEqual(page.status_code, 200)
        csrf = re.search(r'csrf_token[^>]*value="([^"]+)"', page.text).group(1)
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
        return response
