from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.aftersales_repair.tests.test_signed_papers import SIGNATURE

from .papers import ChinesePapersCase


@tagged("post_install", "-at_install")
class TestRepairPapers(ChinesePapersCase):
    """The workshop's papers for the demo jobs, printed in Chinese."""

    def test_reception_sheet(self):
        job = self.env.ref("aftersales_repair.repair_zhang_brakes")
        sheet = "aftersales_repair.report_reception_sheet"
        self.paper(sheet, job, "预检单", job.name, job.vehicle_id.vin, "行车记录仪")

    def test_work_order_shows_every_line_its_payer_and_the_signature(self):
        job = self.env.ref("aftersales_repair.repair_zhang_brakes")
        job._aftersales_sign("work_order", SIGNATURE, "张伟")
        text = self.paper(
            "aftersales_repair.report_work_order",
            job,
            "委托书",
            job.name,
            job.vehicle_id.vin,
            "更换前刹车片",
            "BP-S7-F",
            "左右两侧",  # position
            "付费方",  # who pays
            "预计费用",
            "移动支付",
            "☑客户带走",  # old parts: taken by the customer
            "张伟",
            "签字版本:1",
        )
        self.assertIn(f"{job.amount_estimated:,.2f}", text)

    def test_settlement_when_the_job_is_done(self):
        done = self.env.ref("aftersales_repair.repair_li_window")
        self.paper(
            "aftersales_repair.report_customer_settlement",
            done,
            "维修结算单",
            done.name,
            "检查并润滑左前车窗升降器",
            "三包",
            f"{done.amount_warranty:,.2f}",
        )
        unfinished = self.env.ref("aftersales_repair.repair_zhang_brakes")
        with self.assertRaises(UserError):
            self.paper("aftersales_repair.report_customer_settlement", unfinished)

    def test_cost_budget_with_its_approval_chain(self):
        budget = self.env.ref("aftersales_repair.budget_li_ac")
        self.paper(
            "aftersales_repair.report_service_budget",
            budget,
            "售后服务费用预算审批单",
            budget.name,
            "2,720.00",
            "审批结果",
            "何志强",  # the after-sales manager approved
            "已批准",
            "待审批",  # the deputy general manager decides next
        )

    def test_old_part_return_slip_with_its_quality_result(self):
        claim_job = self.env.ref("aftersales_repair.repair_li_ac")
        part = self.env["aftersales.old.part.return"]._request(
            self.env.company, claim_job.station_id, "CL/TEST", [(claim_job.move_ids.product_id, 1.0, claim_job)]
        )
        part.picking_id.move_ids.write({"quantity": 1, "picked": True})
        part.picking_id.button_validate()
        part.qa_result = "rejected"
        self.paper(
            "aftersales_repair.report_old_part_return",
            part,
            "退库单",
            part.picking_id.name,
            "AC-X5-01",
            claim_job.vehicle_id.vin,
            "☑不合格",
        )
