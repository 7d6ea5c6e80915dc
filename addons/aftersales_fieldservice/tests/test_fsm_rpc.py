from xmlrpc.client import Fault

from odoo.tests import HttpCase, new_test_user, tagged

from .common import SIGNATURE, make_engineer


@tagged("post_install", "-at_install")
class TestFieldEngineerOverRpc(HttpCase):
    """What a field engineer can do from any client (here XML-RPC): only their own orders, no change to a
    signed record, no signature on an order not started."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        customer = cls.env["res.partner"].create({"name": "RPC Customer", "service_zone": "city"})
        cls.station = cls.env["res.partner"].create({"name": "RPC Station", "is_service_station": True})
        cls.other_station = cls.env["res.partner"].create({"name": "RPC Station 2", "is_service_station": True})
        location = cls.env["fsm.location"].create({"name": "RPC site", "owner_id": customer.id})
        cls.engineer, person = make_engineer(cls.env, "rpc_engineer")
        cls.other, other_person = make_engineer(cls.env, "rpc_other_engineer")
        orders = cls.env["fsm.order"].create(
            [
                {"location_id": location.id, "person_id": person.id, "station_id": cls.station.id},
                {"location_id": location.id, "person_id": other_person.id, "station_id": cls.other_station.id},
            ]
        )
        cls.own_order, cls.foreign_order = orders
        cls.station_user = new_test_user(
            cls.env, "rpc_station", groups="aftersales_base.group_aftersales_station", password="rpc_station-password"
        )
        cls.station_user.aftersales_station_id = cls.station

    def _rpc(self, user, model, method, args, kwargs=None):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, user.id, f"{user.login}-password", model, method, args, kwargs or {}
        )

    def test_engineer_sees_only_own_orders(self):
        found = self._rpc(self.engineer, "fsm.order", "search", [[]])
        self.assertEqual(found, self.own_order.ids)
        with self.assertRaisesRegex(Fault, "doesn't have '(read|create)' access"):
            self._rpc(self.engineer, "fsm.order", "read", [self.foreign_order.ids, ["name"]])
        with self.assertRaisesRegex(Fault, "doesn't have '(read|write)' access"):
            self._rpc(self.engineer, "fsm.order", "write", [self.foreign_order.ids, {"description": "x"}])
        # The ticket form's Service Orders page and the engineer's form read what they need.
        self._rpc(self.engineer, "fsm.order", "web_read", [self.own_order.ids, {"location_id": {}, "stage_id": {}}])

    def test_station_sees_its_station_orders(self):
        found = self._rpc(self.station_user, "fsm.order", "search", [[]])
        self.assertEqual(found, self.own_order.ids)

    def test_station_sees_its_regions_orders(self):
        """A station set on a region (OCA territories) sees every order of the locations in it."""
        region = self.env["res.region"].create({"name": "East"})
        with self.assertRaisesRegex(Fault, "Only an after-sales manager sets"):
            self._rpc(self.station_user, "res.partner", "write", [self.station.ids, {"service_region_id": region.id}])
        self.station.service_region_id = region
        self.assertEqual(self._rpc(self.station_user, "fsm.order", "search", [[]]), self.own_order.ids)
        self.foreign_order.location_id.region_id = region
        found = self._rpc(self.station_user, "fsm.order", "search", [[]])
        self.assertEqual(sorted(found), sorted((self.own_order | self.foreign_order).ids))

    def test_only_the_dispatcher_reschedules_or_reassigns(self):
        """An engineer cannot hand their order on or move the appointment, even over RPC."""
        with self.assertRaisesRegex(Fault, "Only a dispatcher reschedules"):
            self._rpc(self.engineer, "fsm.order", "write", [self.own_order.ids, {"person_id": False}])
        with self.assertRaisesRegex(Fault, "Only a dispatcher reschedules"):
            self._rpc(
                self.engineer,
                "fsm.order",
                "write",
                [self.own_order.ids, {"scheduled_date_start": "2026-05-01 08:00:00"}],
            )
        with self.assertRaisesRegex(Fault, "Only a dispatcher reschedules"):
            self._rpc(
                self.engineer,
                "fsm.order",
                "write",
                [self.own_order.ids, {"scheduled_date_end": "2026-05-01 10:00:00"}],
            )
        with self.assertRaisesRegex(Fault, "not written directly"):
            self._rpc(self.engineer, "fsm.order", "write", [self.own_order.ids, {"reschedule_count": 0}])
        dispatcher = new_test_user(
            self.env,
            "rpc_dispatcher",
            groups="aftersales_base.group_aftersales_user",
            password="rpc_dispatcher-password",
        )
        wizard = self._rpc(
            dispatcher,
            "aftersales.fsm.reschedule",
            "create",
            [{"order_id": self.own_order.id, "person_id": self.foreign_order.person_id.id, "reason": "Sick"}],
        )
        self._rpc(dispatcher, "aftersales.fsm.reschedule", "action_confirm", [[wizard]])
        self.assertEqual(self.own_order.person_id, self.foreign_order.person_id)

    def test_engineer_records_signs_and_cannot_change(self):
        with self.assertRaisesRegex(Fault, "has not started"):
            self._rpc(self.engineer, "aftersales.fsm.record", "create", [{"order_id": self.own_order.id}])
        self._rpc(self.engineer, "fsm.order", "action_aftersales_dispatch", [self.own_order.ids])
        self._rpc(self.engineer, "fsm.order", "action_aftersales_arrive", [self.own_order.ids])
        with self.assertRaisesRegex(Fault, "doesn't have '(read|create)' access"):
            self._rpc(self.engineer, "aftersales.fsm.record", "create", [{"order_id": self.foreign_order.id}])
        record_id = self._rpc(
            self.engineer,
            "aftersales.fsm.record",
            "create",
            [{"order_id": self.own_order.id, "found": "Flat battery", "work_done": "Charged"}],
        )
        with self.assertRaisesRegex(Fault, "not written directly"):
            self._rpc(self.engineer, "aftersales.fsm.record", "write", [[record_id], {"signed_on": "2026-01-01"}])
        self._rpc(
            self.engineer,
            "aftersales.fsm.record",
            "write",
            [[record_id], {"customer_signature": SIGNATURE.decode(), "signed_by": "Mr Customer"}],
        )
        with self.assertRaisesRegex(Fault, "cannot be changed"):
            self._rpc(self.engineer, "aftersales.fsm.record", "write", [[record_id], {"work_done": "Nothing"}])
        with self.assertRaisesRegex(Fault, "cannot be changed"):
            self._rpc(self.engineer, "aftersales.fsm.record", "write", [[record_id], {"customer_signature": False}])
        record = self.env["aftersales.fsm.record"].browse(record_id)
        self.assertEqual(record.work_done, "Charged")
        self.assertTrue(record.customer_signature)
        self._rpc(self.engineer, "fsm.order", "action_aftersales_complete", [self.own_order.ids])
        self.assertTrue(self.own_order.is_closed)
        self.assertTrue(self.own_order.arrived_at)

    def test_engineer_cannot_sign_unstarted_order(self):
        self._rpc(self.engineer, "fsm.order", "action_aftersales_dispatch", [self.own_order.ids])
        self._rpc(self.engineer, "fsm.order", "action_aftersales_arrive", [self.own_order.ids])
        record = self.env["aftersales.fsm.record"].create({"order_id": self.own_order.id})
        # Arrival cleared by the dispatcher (entered by mistake): the order has not started any more.
        self.own_order.write({"arrived_at": False})
        with self.assertRaisesRegex(Fault, "has not started"):
            self._rpc(
                self.engineer,
                "aftersales.fsm.record",
                "write",
                [record.ids, {"customer_signature": SIGNATURE.decode()}],
            )
        self.assertFalse(record.is_signed)

    def test_case_form_readable_by_after_sales_roles(self):
        """helpdesk_mgmt_fieldservice shows a case's service orders on its form: every after-sales role
        reads it (the station only its own orders)."""
        case = self.env["helpdesk.ticket"].create({"name": "RPC case", "description": "<p>x</p>"})
        (self.own_order | self.foreign_order).ticket_id = case
        agent = new_test_user(
            self.env, "rpc_agent", groups="aftersales_base.group_aftersales_user", password="rpc_agent-password"
        )
        spec = {
            "fsm_order_ids": {
                "fields": {
                    "name": {},
                    "location_id": {"fields": {"display_name": {}}},
                    "stage_id": {"fields": {"display_name": {}}},
                    "person_id": {"fields": {"display_name": {}}},
                }
            }
        }
        (values,) = self._rpc(agent, "helpdesk.ticket", "web_read", [case.ids, spec])
        self.assertEqual(len(values["fsm_order_ids"]), 2)
        case.station_id = self.station
        (values,) = self._rpc(self.station_user, "helpdesk.ticket", "web_read", [case.ids, spec])
        self.assertEqual([order["id"] for order in values["fsm_order_ids"]], self.own_order.ids)

    def test_engineer_cannot_write_the_sla_clock(self):
        """The engineer records the times with the buttons; writing them directly (backdating an arrival)
        is refused and leaves the order unchanged."""
        self._rpc(self.engineer, "fsm.order", "action_aftersales_dispatch", [self.own_order.ids])
        with self.assertRaisesRegex(Fault, "Only a dispatcher corrects"):
            self._rpc(self.engineer, "fsm.order", "write", [self.own_order.ids, {"arrived_at": "2020-01-01 00:00:00"}])
        with self.assertRaisesRegex(Fault, "Only a dispatcher corrects"):
            self._rpc(self.engineer, "fsm.order", "write", [self.own_order.ids, {"dispatched_at": False}])
        self.assertFalse(self.own_order.arrived_at)
        self.assertTrue(self.own_order.dispatched_at)

    def test_engineer_cannot_move_the_stage(self):
        """Completing without the customer's signature, or cancelling, by writing the stage is refused."""
        self._rpc(self.engineer, "fsm.order", "action_aftersales_dispatch", [self.own_order.ids])
        self._rpc(self.engineer, "fsm.order", "action_aftersales_arrive", [self.own_order.ids])
        for stage in ("fieldservice.fsm_stage_completed", "fieldservice.fsm_stage_cancelled"):
            with self.assertRaisesRegex(Fault, "Only a dispatcher moves a dispatch order"):
                self._rpc(
                    self.engineer, "fsm.order", "write", [self.own_order.ids, {"stage_id": self.env.ref(stage).id}]
                )
        self.assertEqual(self.own_order.stage_id, self.env.ref("fieldservice.fsm_stage_new"))
        with self.assertRaisesRegex(Fault, "no on-site record signed"):
            self._rpc(self.engineer, "fsm.order", "action_aftersales_complete", [self.own_order.ids])

    def test_engineer_menus_are_their_orders(self):
        """Under After-Sales the engineer finds their orders and records, not cases, customers or stations."""
        menus = self.env["ir.ui.menu"].with_user(self.engineer).load_menus(False)
        root = self.env.ref("aftersales_base.menu_aftersales_root")
        seen = {menus[child]["name"] for child in menus[root.id]["children"]}
        self.assertEqual(seen, {self.env.ref("aftersales_fieldservice.menu_aftersales_field_service").name})
        field_service = self.env.ref("aftersales_fieldservice.menu_aftersales_field_service")
        self.assertIn(
            self.env.ref("aftersales_fieldservice.menu_aftersales_fsm_my_orders").id,
            menus[field_service.id]["children"],
        )
