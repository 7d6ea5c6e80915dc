from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools.misc import format_date

from .papers import ChinesePapersCase


@tagged("post_install", "-at_install")
class TestPartsPapers(ChinesePapersCase):
    """The parts office's papers (表11 备件出库申请单, 表13 急需备件申请表) and the vehicle's product
    archive (表1 产品出厂档案), printed in Chinese for the demo records."""

    ISSUE = "aftersales_parts.report_part_issue_request"
    URGENT = "aftersales_parts.report_part_urgent_request"
    FACTORY = "aftersales_base.report_vehicle_factory_record"

    def _step(self, request):
        """The approval step that decided ``request``, as a Chinese reader sees it."""
        return request.approval_ids.filtered(lambda step: step.state == "approved").with_context(lang="zh_CN")

    def test_issue_request_of_an_approved_sale(self):
        request = self.env.ref("aftersales_parts.part_request_zhang_brakes")
        self.assertEqual((request.state, request.purpose), ("approved", "paid"))
        step = self._step(request)
        self.paper(
            self.ISSUE,
            request,
            "备件出库申请单",
            "表11",
            request.name,
            "☐保内维修",
            "☑出售",
            request.vehicle_id.vin,
            request.station_id.name,
            "BP-S7-F",
            request.line_ids.product_id.name,
            "190.00",
            "380.00",
            request.user_id.name,
            step.name,
            step.decided_by_id.name,
            format_date(self.env, step.decided_on),
            "一式两联",
        )

    def test_issue_request_ticks_the_warranty_box(self):
        request = self.env.ref("aftersales_parts.part_request_li_compressor")
        approver = self._step(request).decided_by_id.name
        self.paper(self.ISSUE, request, "☑保内维修", "☐出售", "AC-X5-01", "1,500.00", approver)

    def test_issue_request_refused_until_approved(self):
        waiting = self.env.ref("aftersales_parts.part_request_wang_filters")
        self.assertEqual(waiting.state, "to_approve")
        with self.assertRaises(UserError) as caught:
            self.paper(self.ISSUE, waiting)
        self.assertIn(waiting.name, str(caught.exception))
        # An approved request changed afterwards goes back for approval: its old paper no longer holds.
        approved = self.env.ref("aftersales_parts.part_request_zhang_brakes")
        approved.line_ids.quantity = 3
        self.assertEqual(approved.state, "draft")
        with self.assertRaises(UserError):
            self.paper(self.ISSUE, approved)

    def test_issue_request_shows_the_approval_of_what_it_says(self):
        """Changed after its approval, the request is approved again: the paper names the new approver only."""
        request = self.env.ref("aftersales_parts.part_request_zhang_brakes")
        deputy = self._step(request).decided_by_id
        request.line_ids.quantity = 3
        request.with_user(request.user_id).action_submit()
        general_manager = self.env.ref("aftersales_base.user_general_manager")
        request.with_user(general_manager).action_approve()
        text = self.paper(self.ISSUE, request, "570.00", general_manager.name)
        self.assertNotIn(deputy.name, text)

    def test_urgent_request(self):
        request = self.env.ref("aftersales_parts.part_request_li_compressor")
        self.assertEqual(request.urgency, "urgent")
        self.paper(
            self.URGENT,
            request,
            "急需备件申请表",
            "表13",
            request.name,
            "紧急",
            request.urgency_reason,
            format_date(self.env, request.deadline),
            "AC-X5-01",
            "空调压缩机",
            "1,500.00",
            self._step(request).decided_by_id.name,
            request.vehicle_id.vin,
        )

    def test_urgent_request_refused_for_a_normal_one(self):
        normal = self.env.ref("aftersales_parts.part_request_zhang_brakes")
        with self.assertRaises(UserError) as caught:
            self.paper(self.URGENT, normal)
        self.assertIn(normal.name, str(caught.exception))

    def test_factory_record(self):
        vehicle = self.env.ref("aftersales_base.vehicle_zhang_sedan")
        self.paper(
            self.FACTORY,
            vehicle,
            "产品出厂档案",
            "表1",
            vehicle.vin,
            vehicle.engine_number,
            vehicle.license_plate,
            vehicle.product_id.name,
            vehicle.partner_id.name,
            format_date(self.env, vehicle.delivery_date),
            "验收单",
            "装箱单",
            "重要部件更换",
        )

    def test_factory_record_lists_what_shipped_with_the_vehicle(self):
        """The first delivery of the vehicle's serial gives the ex-factory date and the packing list; the other
        vehicles of that delivery are not on this vehicle's list."""
        vehicle = self.env.ref("aftersales_base.vehicle_wang_truck_2")
        other = self.env.ref("aftersales_base.vehicle_wang_truck_1")
        toolkit = self.env["product.product"].create({"name": "随车工具包", "is_storable": True})
        warehouse = self.env["stock.warehouse"].search([("company_id", "=", self.env.company.id)], limit=1)
        stock, customers = warehouse.lot_stock_id, self.env.ref("stock.stock_location_customers")
        for truck in vehicle | other:
            self.env["stock.quant"]._update_available_quantity(truck.product_id, stock, 1, lot_id=truck.lot_id)
        self.env["stock.quant"]._update_available_quantity(toolkit, stock, 2)
        picking = self.env["stock.picking"].create(
            {
                "picking_type_id": warehouse.out_type_id.id,
                "partner_id": vehicle.partner_id.id,
                "location_id": stock.id,
                "location_dest_id": customers.id,
                "move_ids": [
                    Command.create(
                        {
                            "name": product.name,
                            "product_id": product.id,
                            "product_uom_qty": quantity,
                            "product_uom": product.uom_id.id,
                            "location_id": stock.id,
                            "location_dest_id": customers.id,
                        }
                    )
                    for product, quantity in ((vehicle.product_id, 2), (toolkit, 2))
                ],
            }
        )
        picking.action_confirm()
        picking.action_assign()
        self.assertEqual(picking.move_line_ids.lot_id, vehicle.lot_id | other.lot_id)
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done")
        text = self.paper(
            self.FACTORY, vehicle, vehicle.vin, picking.name, format_date(self.env, picking.date_done), "随车工具包"
        )
        self.assertNotIn(other.vin, text)
