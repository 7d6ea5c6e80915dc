from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install", "is_query_count")
class TestQueryCounts(TransactionCase):
    """Hot paths keep a bounded number of queries: a regression (a query per record) shows up here."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, mail_create_nolog=True))
        cls.customer = cls.env["res.partner"].create({"name": "Counted Customer", "mobile": "13900000001"})
        cls.vehicles = cls.env["aftersales.vehicle"].create(
            [
                {
                    "vin": f"CNTADRJF7K10000{i:02d}",
                    "partner_id": cls.customer.id,
                    "delivery_date": fields.Date.context_today(cls.env.user) - relativedelta(months=i + 1),
                }
                for i in range(10)
            ]
        )

    def _queries(self, function):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        function()
        self.env.flush_all()
        return self.cr.sql_log_count - before

    def _cases(self, count):
        return [
            {
                "name": f"Counted case {n}",
                "description": "x",
                "partner_id": self.customer.id,
                "vehicle_id": self.vehicles[n % 10].id,
                "severity": ("minor", "major", "critical")[n % 3],
            }
            for n in range(count)
        ]

    def test_creating_cases(self):
        Ticket = self.env["helpdesk.ticket"]
        with self.assertQueryCount(30):  # one case with its SLA deadlines (measured: 17)
            Ticket.create(self._cases(1))
        one = self._queries(lambda: Ticket.create(self._cases(1)))
        ten = self._queries(lambda: Ticket.create(self._cases(10)))
        forty = self._queries(lambda: Ticket.create(self._cases(40)))
        self.assertLessEqual(one, 30, "one case with its SLA deadlines")
        # Today 3-4 queries per extra case (sequence number, mail followers); the SLA and warranty
        # facts add none. A query per case more would show here.
        self.assertLessEqual(forty - ten, 30 * 4, f"10 cases cost {ten} queries, 40 cost {forty}")

    def test_approving_a_part_request(self):
        part = self.env["product.product"].create({"name": "Counted part", "standard_price": 100})
        officer = new_test_user(self.env, "qc_officer", groups="aftersales_parts.group_aftersales_parts")
        deputy = new_test_user(
            self.env,
            "qc_deputy",
            groups="aftersales_base.group_aftersales_approver_deputy,aftersales_base.group_aftersales_user",
        )
        request = (
            self.env["aftersales.part.request"]
            .with_user(officer)
            .create({"line_ids": [Command.create({"product_id": part.id, "quantity": 1})]})
        )
        request.action_submit()
        self.env.invalidate_all()
        with self.assertQueryCount(120):  # approving the last step issues the parts too
            request.with_user(deputy).action_approve()
        self.assertEqual(request.state, "approved")

    def test_generating_callbacks(self):
        rule = self.env.ref("aftersales_survey.rule_new_vehicle")
        today = fields.Date.context_today(self.env.user)
        for vehicle in self.vehicles:
            vehicle.delivery_date = today
        few = self._queries(lambda: rule._generate_callbacks())
        more_vehicles = self.env["aftersales.vehicle"].create(
            [
                {"vin": f"CNTBDRJF7K10000{i:02d}", "partner_id": self.customer.id, "delivery_date": today}
                for i in range(40)
            ]
        )
        many = self._queries(lambda: rule._generate_callbacks())
        created = self.env["aftersales.callback"].search_count(
            [("rule_id", "=", rule.id), ("vehicle_id", "in", more_vehicles.ids)]
        )
        self.assertEqual(created, 40)
        self.assertLessEqual(many, few * 3, f"40 callbacks cost {many} queries, 10 cost {few}")
