from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.tests import TransactionCase, new_test_user


class ClaimCase(TransactionCase):
    """A station with a delivered vehicle, its clerk, the warranty office, the GM and an accountant."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.today = fields.Date.context_today(cls.env.user)
        cls.station = cls.env["res.partner"].create(
            {"name": "Claim Station", "is_service_station": True, "station_code": "CS1"}
        )
        cls.other_station = cls.env["res.partner"].create(
            {"name": "Other Station", "is_service_station": True, "station_code": "CS2"}
        )
        cls.maker = cls.env["res.partner"].create({"name": "Vehicle Maker Ltd"})
        cls.env.company.aftersales_manufacturer_id = cls.maker
        cls.model = cls.env["product.product"].create({"name": "Claim SUV", "aftersales_is_vehicle": True})
        cls.pump = cls.env["product.product"].create({"name": "Water pump", "standard_price": 300, "is_storable": True})
        cls.bulb = cls.env["product.product"].create({"name": "Claim bulb", "standard_price": 20})
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {
                "vin": "CLMADRJF7K1000001",
                "product_id": cls.model.id,
                "delivery_date": cls.today - relativedelta(years=1),
                "station_id": cls.station.id,
            }
        )
        cls.clerk = new_test_user(
            cls.env, "claim_clerk", groups="aftersales_base.group_aftersales_station", tz=cls.env.user.tz
        )
        cls.clerk.aftersales_station_id = cls.station
        cls.other_clerk = new_test_user(
            cls.env, "other_clerk", groups="aftersales_base.group_aftersales_station", tz=cls.env.user.tz
        )
        cls.other_clerk.aftersales_station_id = cls.other_station
        cls.officer = new_test_user(
            cls.env, "claim_officer", groups="aftersales_warranty.group_aftersales_warranty", tz=cls.env.user.tz
        )
        cls.gm = new_test_user(
            cls.env,
            "claim_gm",
            groups="aftersales_base.group_aftersales_approver_gm,aftersales_base.group_aftersales_user",
            tz=cls.env.user.tz,
        )
        cls.accountant = new_test_user(
            cls.env, "claim_accountant", groups="account.group_account_invoice", tz=cls.env.user.tz
        )

    def _claim(self, costs, user=None, **values):
        """A draft claim of the station for the vehicle; ``costs`` are claim line values."""
        return (
            self.env["aftersales.warranty.claim"]
            .with_user(user or self.clerk)
            .create(
                {
                    "partner_id": self.station.id,
                    "vehicle_id": self.vehicle.id,
                    "odometer": 15000,
                    "line_ids": [Command.create(cost) for cost in costs],
                    **values,
                }
            )
        )

    def _labour(self, hours=2.0, rate=120.0):
        return {"line_type": "labour", "name": "Replace water pump", "std_hours": hours, "rate": rate}

    def _part(self, product=None, quantity=1.0, unit=None):
        product = product or self.pump
        return {
            "line_type": "part",
            "product_id": product.id,
            "name": product.name,
            "quantity": quantity,
            "unit_amount": product.standard_price if unit is None else unit,
        }

    def _approved_claim(self, costs=None, **values):
        """A claim submitted by the clerk and fully approved by the warranty officer."""
        claim = self._claim(costs or [self._labour(), self._part()], **values)
        claim.action_submit()
        claim.with_user(self.officer).action_assess()
        return claim
