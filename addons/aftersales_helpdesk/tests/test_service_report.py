import base64
import io
from datetime import date, datetime

import openpyxl

from odoo.tests import tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase

from ..wizards.aftersales_service_report import period_bounds


@tagged("post_install", "-at_install")
class TestServiceReport(AftersalesCase):
    def test_period_bounds(self):
        self.assertEqual(period_bounds("week", date(2026, 3, 6)), (date(2026, 3, 2), date(2026, 3, 8)))
        self.assertEqual(period_bounds("month", date(2026, 2, 10)), (date(2026, 2, 1), date(2026, 2, 28)))
        self.assertEqual(period_bounds("year", date(2026, 2, 10)), (date(2026, 1, 1), date(2026, 12, 31)))

    def test_monthly_xlsx(self):
        Ticket = self.env["helpdesk.ticket"]
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        base = {"description": "<p>x</p>", "station_id": self.station_a.id}
        Ticket.create(
            [
                {**base, "name": "A", "severity": "critical", "reported_date": datetime(2031, 5, 3, 9)},
                {**base, "name": "B", "severity": "minor", "reported_date": datetime(2031, 5, 20, 9)},
                {**base, "name": "C", "severity": "minor", "reported_date": datetime(2031, 5, 31, 23)},
                {**base, "name": "June", "severity": "minor", "reported_date": datetime(2031, 6, 1, 1)},
            ]
        )
        late = Ticket.search([("name", "=", "A"), ("reported_date", ">=", datetime(2031, 5, 1))])
        late.first_response_date = datetime(2031, 5, 3, 10)  # 5-minute response target missed
        closed = Ticket.search([("name", "=", "B"), ("reported_date", ">=", datetime(2031, 5, 1))])
        closed.write({"first_response_date": datetime(2031, 5, 20, 9, 1), "onsite_date": datetime(2031, 5, 20, 9, 30)})
        closed.write({"restore_date": datetime(2031, 5, 20, 10), "stage_id": done.id})
        wizard = self.env["aftersales.service.report"].create({"period": "month", "date": date(2031, 5, 15)})
        action = wizard.action_export()
        attachment = self.env["ir.attachment"].browse(int(action["url"].split("/")[3].split("?")[0]))
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(attachment.datas)))
        self.assertEqual(book.sheetnames, ["Summary", "By Severity", "By Station", "By Channel", "By Type", "Cases"])
        summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
        self.assertEqual((summary["Cases"], summary["Closed"]), (3, 1))
        # A breached, B met, C still open: compliance counts only the decided cases.
        self.assertEqual((summary["SLA breached"], summary["SLA compliance"]), (1, 0.5))
        severity = {row[0]: row[1:] for row in book["By Severity"].iter_rows(min_row=2, values_only=True)}
        self.assertEqual(severity["Minor"], (2, 1, 0, 1.0))
        self.assertEqual(severity["Critical"], (1, 0, 1, 0.0))
        self.assertEqual(book["Cases"].max_row, 4, "header and the three May cases")
