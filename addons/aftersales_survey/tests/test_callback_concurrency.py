from datetime import date

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.modules.registry import Registry
from odoo.tests import BaseCase, get_db_name, tagged


@tagged("post_install", "-at_install")
class TestCallbackConcurrency(BaseCase):
    """Two agents close the same callback at the same moment: one records it, the other is told."""

    def test_one_callback_closed_once(self):
        registry = Registry(get_db_name())
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            partner = env["res.partner"].create({"name": "Race Customer"})
            callback = env["aftersales.callback"].create(
                {"partner_id": partner.id, "scheduled_date": date.today(), "deadline": date.today()}
            )
            ids = (partner.id, callback.id)
        partner_id, callback_id = ids
        try:
            with registry.cursor() as cr1, registry.cursor() as cr2:
                first = api.Environment(cr1, SUPERUSER_ID, {})["aftersales.callback"].browse(callback_id)
                second = api.Environment(cr2, SUPERUSER_ID, {})["aftersales.callback"].browse(callback_id)
                first.write({"outcome": "satisfied"})
                first.action_done()  # holds the callback's row lock until cr1 commits
                with self.assertRaisesRegex(UserError, "right now"):
                    second.action_unreachable()
                cr2.rollback()
            with registry.cursor() as cr:
                callback = api.Environment(cr, SUPERUSER_ID, {})["aftersales.callback"].browse(callback_id)
                self.assertEqual((callback.state, callback.outcome, callback.attempt_count), ("done", "satisfied", 0))
                with self.assertRaisesRegex(UserError, "no longer scheduled"):
                    callback.action_unreachable()
        finally:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                env["aftersales.callback"].browse(callback_id).unlink()
                env["res.partner"].browse(partner_id).unlink()
