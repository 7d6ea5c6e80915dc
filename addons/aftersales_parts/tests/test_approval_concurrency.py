from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.modules.registry import Registry
from odoo.tests import BaseCase, get_db_name, tagged


@tagged("post_install", "-at_install")
class TestApprovalConcurrency(BaseCase):
    """Two approvers press Approve on one step at the same moment: one wins, the other is told."""

    def test_one_step_decided_once(self):
        registry = Registry(get_db_name())
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            gm_group = env.ref("aftersales_base.group_aftersales_approver_gm")
            users = env["res.users"].create(
                [
                    {
                        "name": f"Concurrent GM {i}",
                        "login": f"concurrent_gm_{i}",
                        "email": f"gm{i}@example.com",
                        "groups_id": [(6, 0, gm_group.ids)],
                    }
                    for i in (1, 2)
                ]
            )
            part = env["product.product"].create({"name": "Concurrency part", "standard_price": 900})
            request = env["aftersales.part.request"].create(
                {"line_ids": [(0, 0, {"product_id": part.id, "quantity": 1})]}
            )
            request.action_submit()
            ids = (request.id, users.ids, part.id)
        request_id, (user1, user2), part_id = ids
        try:
            with registry.cursor() as cr1, registry.cursor() as cr2:
                first = api.Environment(cr1, user1, {})["aftersales.part.request"].browse(request_id)
                second = api.Environment(cr2, user2, {})["aftersales.part.request"].browse(request_id)
                first.action_approve()  # holds the step's row lock until cr1 commits
                with self.assertRaisesRegex(UserError, "right now"):
                    second.action_approve()
                cr2.rollback()
            with registry.cursor() as cr:
                request = api.Environment(cr, SUPERUSER_ID, {})["aftersales.part.request"].browse(request_id)
                self.assertEqual(request.approval_ids.state, "approved")
                self.assertEqual(request.approval_ids.decided_by_id.id, user1)
                self.assertEqual(request.approval_state, "approved")
        finally:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                request = env["aftersales.part.request"].browse(request_id)
                env["aftersales.approval"].search(
                    [("res_model", "=", request._name), ("res_id", "=", request_id)]
                ).unlink()
                request.picking_id.move_ids.write({"state": "draft"})
                request.picking_id.unlink()
                request.unlink()
                env["product.product"].browse(part_id).unlink()
                env["res.users"].browse([user1, user2]).unlink()
