import re
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools.misc import formatLang

from .papers import CJK, ChinesePapersCase


def printed(fragment):
    """A pattern for ``fragment`` as pdftotext reads it back (whitespace ignored): the CJK fonts print some
    ideographs with the glyph of their radical, so 车 comes back as ⻋ and 人 as ⼈."""
    return "".join(
        f"(?:{char}|[\u2e80-\u2fdf])" if CJK.match(char) else re.escape(char) for char in re.sub(r"\s+", "", fragment)
    )


@tagged("post_install", "-at_install")
class TestWarrantyPapers(ChinesePapersCase):
    """The warranty office's papers for the demo claims, printed in Chinese."""

    def test_assessment_sheet_of_an_assessed_claim(self):
        claim = self.env.ref("aftersales_warranty.claim_demo_zhang_sensor")
        self.assertIn(claim.state, ("approved", "partial", "settled"))
        claimed, approved = (
            formatLang(self.env, amount, currency_obj=claim.currency_id)
            for amount in (claim.amount_claimed, claim.amount_approved)
        )
        text = self.paper(
            "aftersales_warranty.report_warranty_assessment",
            claim,
            "鉴定单",
            claim.name,
            claim.vehicle_id.vin,
            approved,
            "故障原因",
            "鉴定结果",
            claim.assessed_by_id.name,
        )
        # The totals row: claimed, the decision, approved.
        self.assertRegex(re.sub(r"\s+", "", text), printed(f"合计{claimed}已批准{approved}"))

    def test_assessment_sheet_refused_before_the_assessment(self):
        for xmlid in ("claim_demo_li_draft", "claim_demo_zhang_compressor"):
            claim = self.env.ref(f"aftersales_warranty.{xmlid}")
            self.assertIn(claim.state, ("draft", "submitted"))
            with self.subTest(state=claim.state), self.assertRaises(UserError):
                self.env["ir.actions.report"]._render_qweb_pdf(
                    "aftersales_warranty.report_warranty_assessment", claim.ids
                )

    def test_quality_statistics_of_the_demo_claims(self):
        claims = (
            self.env.ref("aftersales_warranty.claim_demo_zhang_sensor")
            | self.env.ref("aftersales_warranty.claim_demo_zhang_compressor")
            | self.env.ref("aftersales_warranty.claim_demo_li_draft")
        )
        report = self.env["aftersales.warranty.quality.report"].create(
            {"date_from": min(claims.mapped("failure_date")), "date_to": fields.Date.context_today(self.env.user)}
        )
        sedan = self.env.ref("aftersales_base.vehicle_zhang_sedan").product_id
        # Every claim sent in reports a fault, the draft does not yet: the sedan's two.
        faults = self.env["aftersales.warranty.claim"].search_count(
            [*report._claim_domain(), ("vehicle_id.product_id", "=", sedan.id)]
        )
        self.assertEqual(faults, 2)
        text = self.paper("aftersales_warranty.report_warranty_quality", report, "质量统计分析", "表8")
        # The model's row: its name, then its count of faults.
        self.assertRegex(re.sub(r"\s+", "", text), printed(f"{sedan.display_name}{faults}"))

    def test_quality_statistics_of_an_empty_period(self):
        long_ago = fields.Date.to_date("2001-01-01")
        report = self.env["aftersales.warranty.quality.report"].create(
            {"date_from": long_ago, "date_to": long_ago + timedelta(days=30)}
        )
        self.paper("aftersales_warranty.report_warranty_quality", report, "质量统计分析", "本期没有索赔单报告故障")
