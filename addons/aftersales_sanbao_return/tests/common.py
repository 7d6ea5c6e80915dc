from datetime import timedelta

from odoo import Command, fields
from odoo.tests import new_test_user

from odoo.addons.aftersales_base.tests.common import AftersalesCase


class SanbaoReturnCase(AftersalesCase):
    """A household car (serial = VIN) delivered a month ago, 1,500 km driven, and the people of a 三包 return."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Everyone works on the company's day (the superuser's time zone), as the tests compare dates.
        cls.today = fields.Date.context_today(cls.env.user)
        cls.model.categ_id = cls.env.ref("aftersales_warranty.product_category_household_vehicle")
        cls.vehicle = cls._vehicle(
            "SBRETURN7K1000001", delivery_date=cls.today - timedelta(days=30), station_id=cls.station_a.id
        )
        cls.clerk = new_test_user(
            cls.env,
            "ret_clerk",
            groups="aftersales_base.group_aftersales_station",
            password="ret_clerk-password",
            tz=cls.env.user.tz,
        )
        cls.clerk.aftersales_station_id = cls.station_a
        cls.officer = new_test_user(
            cls.env,
            "ret_officer",
            groups="aftersales_warranty.group_aftersales_warranty",
            password="ret_officer-password",
            tz=cls.env.user.tz,
        )
        cls.storekeeper = new_test_user(cls.env, "ret_store", groups="stock.group_stock_user", tz=cls.env.user.tz)
        cls.accountant = new_test_user(
            cls.env,
            "ret_accountant",
            groups="account.group_account_invoice",
            password="ret_accountant-password",
            tz=cls.env.user.tz,
        )
        cls.warehouse = cls.env["stock.warehouse"].search([("company_id", "=", cls.env.company.id)], limit=1)

    def _approved(self, kind, price=90000.0, odometer=1500):
        """A request submitted by the station and approved by the warranty office (below the GM's limit)."""
        request = (
            self.env["aftersales.sanbao.request"]
            .with_user(self.clerk)
            .create({"vehicle_id": self.vehicle.id, "kind": kind, "odometer": odometer, "price": price})
        )
        request.action_submit_request()
        request.compensation_rate = 0.6
        getattr(request.with_user(self.officer), f"action_approve_{kind}")()
        return request.with_env(self.env)

    def _validate(self, picking, lot):
        """The storekeeper validates a picking of one vehicle by its serial."""
        picking = picking.with_user(self.storekeeper)
        picking.action_assign()
        move = picking.move_ids
        if not move.move_line_ids:
            move.write({"move_line_ids": [Command.create({"product_id": move.product_id.id, "quantity": 1})]})
        move.move_line_ids.write({"lot_id": lot.id, "quantity": 1})
        move.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done")
