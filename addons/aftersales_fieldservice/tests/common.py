import base64
from datetime import datetime

from odoo.tests import new_test_user

from odoo.addons.aftersales_base.tests.common import AftersalesCase

# A 1x1 PNG: what the signature widget sends is an image like this one.
SIGNATURE = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d4944415478da63f8ffff3f0005fe02fea7d6a9d40000000049454e44ae426082"
    )
)
T0 = datetime(2026, 3, 2, 8, 0, 0)


def make_engineer(env, login, station=None):
    """A field engineer user and the worker record on their own contact."""
    user = new_test_user(
        env,
        login,
        groups="aftersales_fieldservice.group_aftersales_field_engineer",
        password=f"{login}-password",
    )
    person = env["fsm.person"].create({"partner_id": user.partner_id.id})
    return user, person


class FsmCase(AftersalesCase):
    """A customer in the city with a service location under them, their vehicle looked after by station A,
    a case, and two field engineers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.owner.write({"service_zone": "city", "street": "1 Chang'an Ave", "city": "Beijing"})
        cls.vehicle = cls._vehicle("TSTFSMJF7K1000001", station_id=cls.station_a.id)
        cls.location = cls.env["fsm.location"].create({"name": "Owner's garage", "owner_id": cls.owner.id})
        cls.case = cls.env["helpdesk.ticket"].create(
            {"name": "Will not start", "description": "<p>Will not start</p>", "vehicle_id": cls.vehicle.id}
        )
        cls.engineer, cls.person = make_engineer(cls.env, "fsm_engineer")
        cls.other_engineer, cls.other_person = make_engineer(cls.env, "fsm_other_engineer")

    @classmethod
    def _order(cls, **vals):
        return cls.env["fsm.order"].create(
            {
                "location_id": cls.location.id,
                "vehicle_id": cls.vehicle.id,
                "ticket_id": cls.case.id,
                "person_id": cls.person.id,
                **vals,
            }
        )

    @classmethod
    def _started_order(cls, **vals):
        return cls._order(dispatched_at=T0, arrived_at=T0.replace(minute=20), **vals)
