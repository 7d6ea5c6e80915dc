from datetime import date, datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase

from ..models.aftersales_capa import closure_effectiveness


@tagged("post_install", "-at_install")
class TestComplaint(AftersalesCase):
    def _complaint(self):
        return self.env["helpdesk.ticket"].create(
            {
                "name": "Rude adviser",
                "description": "<p>x</p>",
                "category_id": self.env.ref("aftersales_helpdesk.case_type_complaint").id,
                "reported_date": datetime(2026, 3, 6, 10, 0),
            }
        )

    def test_complaint_reply_deadline_is_configurable(self):
        self.assertEqual(self._complaint().sla_response_deadline, datetime(2026, 3, 6, 12, 0))
        self.env.company.aftersales_complaint_reply_hours = 10 / 60
        self.assertEqual(self._complaint().sla_response_deadline, datetime(2026, 3, 6, 10, 10))

    def test_complaint_needs_cause_and_reply_to_close(self):
        complaint = self._complaint()
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        with self.assertRaisesMessage(ValidationError, "root cause and reply to the customer"):
            complaint.stage_id = done
        complaint.root_cause = "Adviser not trained on the new booking system"
        with self.assertRaisesMessage(ValidationError, "reply to the customer"):
            complaint.stage_id = done
        complaint.customer_reply = "Apologised by phone, training booked"
        complaint.stage_id = done
        self.assertTrue(complaint.closed)


@tagged("post_install", "-at_install")
class TestCapa(AftersalesCase):
    def _capa(self, **vals):
        case = self.env["helpdesk.ticket"].create({"name": "Oil leak", "description": "<p>x</p>"})
        capa = self.env["aftersales.capa"].browse(case.action_start_capa()["res_id"])
        capa.write({"action_ids": [(0, 0, {"name": "Change gasket supplier"})], **vals})
        return capa, case

    def test_effective_capa_closes_its_cases(self):
        capa, case = self._capa()
        self.assertTrue(capa.name.startswith("CAPA/"))
        self.assertEqual(capa.nonconformity, "Oil leak")
        for step in ("action_analyse", "action_start", "action_verify", "action_effective", "action_done"):
            getattr(capa, step)()
        self.assertEqual(capa.state, "done")
        self.assertTrue(case.closed)

    def test_ineffective_goes_back_to_analysis(self):
        capa, _case = self._capa()
        capa.action_analyse()
        capa.action_start()
        capa.action_verify()
        capa.action_ineffective()
        self.assertEqual((capa.state, capa.ineffective_count), ("analysis", 1))

    def test_wrong_moves_are_refused(self):
        capa, _case = self._capa()
        with self.assertRaises(UserError):
            capa.action_verify()
        capa.action_ids = False
        capa.action_analyse()
        with self.assertRaisesMessage(UserError, "at least one action"):
            capa.action_start()

    def test_closure_effectiveness_kpi(self):
        self.assertIsNone(closure_effectiveness(0, 0))
        self.assertEqual(closure_effectiveness(3, 1), 0.75)
        capas = self.env["aftersales.capa"]
        for ineffective_first in (False, False, True):
            capa, _case = self._capa()
            capa.action_analyse()
            capa.action_start()
            capa.action_verify()
            if ineffective_first:
                capa.action_ineffective()
                capa.action_start()
                capa.action_verify()
            capa.action_effective()
            capas |= capa
        open_capa, _case = self._capa()
        capas |= open_capa
        # 3 effective closures, 1 closure found ineffective: 75 %.
        self.assertEqual(self.env["aftersales.capa"].closure_effectiveness([("id", "in", capas.ids)]), 0.75)
        self.assertTrue(capas[0].date_due is False or capas[0].date_due <= datetime.now().date() + timedelta(days=1))

    def test_dashboard_shows_this_years_effectiveness_against_target(self):
        """不合格项关闭有效率 of this year's verifications: 1 effective, 1 found ineffective: 50 % against 100 %."""
        Capa = self.env["aftersales.capa"]
        Capa.search([("verification_date", "!=", False)]).write({"verification_date": date(2000, 1, 1)})
        capa, _case = self._capa()
        capa.action_analyse()
        capa.action_start()
        capa.action_verify()
        capa.action_ineffective()
        capa.action_start()
        capa.action_verify()
        capa.action_effective()
        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "capa_effectiveness")
        self.assertEqual((tile["value"], tile["target"]), (50.0, 100.0))
        self.assertEqual(Capa.search(tile["domain"]), capa)


@tagged("post_install", "-at_install")
class TestComplaintClosure(AftersalesCase):
    def test_complaints_closed_within_two_days(self):
        """This month: 3 complaints closed, 2 within 2 days (47 h, 48 h), 1 after 50 h: 66.67 % against 100 %;
        the figure opens the late one."""
        Ticket = self.env["helpdesk.ticket"]
        Ticket.search([("is_complaint", "=", True), ("closed_date", "!=", False)]).write(
            {"closed_date": datetime(2000, 1, 1)}
        )
        now = datetime.now().replace(microsecond=0)
        complaint_type = self.env.ref("aftersales_helpdesk.case_type_complaint")
        tickets = Ticket.create(
            [
                {
                    "name": f"Complaint {hours}",
                    "description": "<p>x</p>",
                    "category_id": complaint_type.id,
                    "reported_date": now - timedelta(hours=hours),
                }
                for hours in (47, 48, 50)
            ]
        )
        tickets.write({"closed_date": now})
        self.assertEqual(tickets.mapped("resolution_hours"), [47.0, 48.0, 50.0])
        # Last month: one complaint, closed in an hour.
        last_month = (now.replace(day=1) - timedelta(days=3)).replace(hour=10)
        Ticket.create(
            {
                "name": "Complaint last month",
                "description": "<p>x</p>",
                "category_id": complaint_type.id,
                "reported_date": last_month,
            }
        ).closed_date = last_month + timedelta(hours=1)
        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "complaints_closed_in_time")
        self.assertEqual((tile["value"], tile["target"]), (66.67, 100.0))
        self.assertEqual((tile["previous"], tile["previous_label"]), (100.0, "Last month"))
        self.assertEqual(Ticket.search(tile["domain"]), tickets[2])
        self.env.company.aftersales_complaint_close_days = 3
        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "complaints_closed_in_time")
        self.assertEqual(tile["value"], 100.0)


@tagged("post_install", "-at_install")
class TestConsultationTime(AftersalesCase):
    """000#11: consultations handled in under 6 minutes on average, this month in the user's time zone."""

    @freeze_time("2026-06-15 04:00:00")
    def test_average_consultation_time_against_its_ceiling(self):
        self.env.user.tz = "Asia/Shanghai"
        Ticket = self.env["helpdesk.ticket"]
        consultation = self.env.ref("aftersales_helpdesk.case_type_consultation")
        fault = self.env.ref("aftersales_helpdesk.case_type_fault")
        reported = datetime(2026, 6, 15, 2, 0)
        cases = Ticket.create(
            [
                {"name": f"Question {minutes}", "description": "<p>x</p>", "category_id": category.id}
                for minutes, category in ((4, consultation), (10, consultation), (90, fault))
            ]
        )
        for case, minutes in zip(cases, (4, 10, 90), strict=True):
            case.write({"reported_date": reported, "closed_date": reported + timedelta(minutes=minutes)})
        # Closed at 00:30 on 1 June in Shanghai: this month, although 31 May in UTC.
        early = Ticket.create({"name": "Early question", "description": "<p>x</p>", "category_id": consultation.id})
        early.write({"reported_date": datetime(2026, 5, 31, 16, 27), "closed_date": datetime(2026, 5, 31, 16, 30)})
        self.assertEqual(cases.mapped("handling_minutes"), [4.0, 10.0, 90.0])

        tile = next(t for t in self.env["aftersales.dashboard"].get_tiles() if t["key"] == "consultation_minutes")
        self.assertEqual((tile["value"], tile["target"], tile["unit"]), (5.7, 6.0, "min"))
        self.assertTrue(tile["lower_is_better"])
        self.assertIsNone(tile["previous"], "no consultation closed last month")
        self.assertEqual(Ticket.search(tile["domain"]), cases[1], "the consultation over 6 minutes")
