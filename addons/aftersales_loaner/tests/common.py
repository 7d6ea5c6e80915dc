from datetime import timedelta

from odoo import fields
from odoo.tests import new_test_user


class LoanerCommon:
    """Two stations with their clerks and loaners, a vehicle under a 三包 rule with 5 loaner days."""

    @classmethod
    def _setup_loaners(cls):
        cls.now = fields.Datetime.now()
        cls.station, cls.other_station = cls.env["res.partner"].create(
            [
                {"name": "Loaner Station", "is_service_station": True, "station_code": "LN1"},
                {"name": "Other Loaner Station", "is_service_station": True, "station_code": "LN2"},
            ]
        )
        cls.customer = cls.env["res.partner"].create({"name": "王芳 (Wang Fang)"})
        categ = cls.env["product.category"].create({"name": "Loaner test household vehicles"})
        cls.rule = cls.env["aftersales.sanbao.rule"].create(
            {"name": "Loaner test rule", "categ_ids": [(6, 0, categ.ids)], "loaner_days": 5}
        )
        model = cls.env["product.product"].create(
            {"name": "Loaner test SUV", "aftersales_is_vehicle": True, "categ_id": categ.id}
        )
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {
                "vin": "LNRADRJF7K1000001",
                "product_id": model.id,
                "partner_id": cls.customer.id,
                "station_id": cls.station.id,
            }
        )
        cls.clerk, cls.other_clerk = (
            new_test_user(
                cls.env,
                login,
                groups="aftersales_base.group_aftersales_station",
                password=f"{login}-password",
            )
            for login in ("loaner_clerk", "loaner_other_clerk")
        )
        cls.clerk.aftersales_station_id = cls.station
        cls.other_clerk.aftersales_station_id = cls.other_station
        cls.loaner, cls.spare_loaner, cls.other_loaner = cls.env["aftersales.loaner"].create(
            [
                {"name": "冀F·L0001", "station_id": cls.station.id},
                {"name": "冀F·L0002", "station_id": cls.station.id},
                {"name": "京A·L0003", "station_id": cls.other_station.id},
            ]
        )

    @classmethod
    def _repair(cls, hours_ago=1, **values):
        return cls.env["repair.order"].create(
            {
                "vehicle_id": cls.vehicle.id,
                "partner_id": cls.customer.id,
                "reception_date": cls.now - timedelta(hours=hours_ago),
                **values,
            }
        )

    def _lend(self, loaner, repair, user=None, **values):
        wizard = (
            self.env["aftersales.loaner.lend"]
            .with_user(user or self.clerk)
            .create({"repair_id": repair.id, "loaner_id": loaner.id, **values})
        )
        action = wizard.action_lend()
        return self.env["aftersales.loaner.loan"].browse(action["res_id"])
