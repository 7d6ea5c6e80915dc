import xmlrpc.client
from datetime import date

from hypothesis import (
    HealthCheck,
    given,
    settings,
    strategies as st,
)

from odoo import models
from odoo.tests import HttpCase, get_db_name, new_test_user, tagged
from odoo.tools import mute_logger

# Text an XML-RPC client can send at all (XML has no control characters nor lone surrogates).
XML_TEXT = st.characters(blacklist_categories=("Cs", "Cc"))
# What an RPC client can send for a field: any XML-RPC shaped value.
RPC_VALUES = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**31), max_value=2**31 - 1),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(XML_TEXT, max_size=300),
    st.text(XML_TEXT, min_size=5000, max_size=6000),
    st.lists(st.integers(min_value=-5, max_value=5), max_size=3),
)
WARNING, ACCESS_DENIED, ACCESS_ERROR = 2, 3, 4
EXAMPLES = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# Every model a user writes in the after-sales apps (ours, and the cases and repair jobs we extend);
# each refuses malformed values through aftersales.rpc.mixin.
OUR_MODELS = [
    "helpdesk.ticket",
    "repair.order",
    "aftersales.vehicle",
    "aftersales.odometer.reading",
    "aftersales.approval.rule",
    "aftersales.capa",
    "aftersales.capa.action",
    "aftersales.labour.class",
    "aftersales.labour.operation",
    "aftersales.labour.operation.time",
    "aftersales.repair.guarantee",
    "aftersales.repair.labour",
    "aftersales.sla.rule",
    "aftersales.station.service",
    "aftersales.part.request",
    "aftersales.part.request.line",
    "aftersales.exit.pass",
    "aftersales.exit.pass.line",
    "aftersales.warranty.policy",
    "aftersales.warranty",
    "aftersales.warranty.exclusion",
    "aftersales.sanbao.rule",
    "aftersales.sanbao.fault",
    "aftersales.sanbao.part.group",
    "aftersales.warranty.claim",
    "aftersales.warranty.claim.line",
    "aftersales.warranty.settlement",
    "aftersales.callback",
    "aftersales.callback.rule",
]
SKIPPED_TYPES = ("one2many", "many2many", "binary", "html", "properties")


@tagged("post_install", "-at_install")
class TestBadInput(HttpCase):
    """Whatever a client sends over RPC, the answer is a clear user or access error, never a server error,
    and a refused write leaves the record as it was."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(cls.env, "bad_input_manager", groups="aftersales_base.group_aftersales_manager")
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {"vin": "BADADRJF7K1000001", "delivery_date": date(2026, 1, 5)}
        )
        cls.station = cls.env["res.partner"].create({"name": "Bad Input Station", "is_service_station": True})
        cls.writable = []
        for model in OUR_MODELS:
            Model = cls.env[model]
            record = Model.search([], limit=1)
            cls.writable += [
                (model, record.id, name)
                for name, field in Model._fields.items()
                if record
                and field.store
                and not field.readonly
                and not field.compute
                and field.type not in SKIPPED_TYPES
                and name not in models.MAGIC_COLUMNS
            ]

    def _call(self, model, method, *args):
        uid = self.xmlrpc_common.authenticate(get_db_name(), "bad_input_manager", "bad_input_manager", {})
        return self.xmlrpc_object.execute_kw(get_db_name(), uid, "bad_input_manager", model, method, list(args))

    def _refused_cleanly_or_done(self, model, method, *args):
        try:
            # A refused row is logged by the SQL layer before it becomes the user's ValidationError.
            with mute_logger("odoo.sql_db", "odoo.http"):
                return self._call(model, method, *args)
        except xmlrpc.client.Fault as fault:
            self.assertIn(fault.faultCode, (WARNING, ACCESS_DENIED, ACCESS_ERROR), fault.faultString[-2000:])
            self.assertTrue(fault.faultString.strip(), "the user is told why")
            return None

    @settings(
        max_examples=120,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def test_any_field_of_any_model(self, data):
        """Any RPC value written to any field of any of our models, as a manager."""
        self.assertGreater(len({model for model, _id, _name in self.writable}), 15, "enough models to write")
        model, record_id, name = data.draw(st.sampled_from(self.writable))
        self._refused_cleanly_or_done(model, "write", [record_id], {name: data.draw(RPC_VALUES)})

    @EXAMPLES
    @given(vin=RPC_VALUES)
    def test_vehicle_vin(self, vin):
        created = self._refused_cleanly_or_done("aftersales.vehicle", "create", [{"vin": vin}])
        if created:
            (record,) = self.env["aftersales.vehicle"].browse(created).read(["vin"])
            self.assertRegex(record["vin"], r"^[A-HJ-NPR-Z0-9]{17}$")

    @EXAMPLES
    @given(value=RPC_VALUES, when=st.one_of(RPC_VALUES, st.dates().map(str)))
    def test_odometer_reading(self, value, when):
        self._refused_cleanly_or_done(
            "aftersales.odometer.reading", "create", [{"vehicle_id": self.vehicle.id, "value": value, "date": when}]
        )
        readings = self.env["aftersales.odometer.reading"].search([("vehicle_id", "=", self.vehicle.id)])
        values = readings.sorted(lambda r: (r.date, r.id)).mapped("value")
        self.assertEqual(values, sorted(values), "the odometer never goes backwards")

    @EXAMPLES
    @given(
        field=st.sampled_from(["quantity", "unit_amount", "std_hours", "rate", "covered_pct", "line_type"]),
        value=RPC_VALUES,
    )
    def test_claim_line_amounts(self, field, value):
        claim = self.env["aftersales.warranty.claim"].create(
            {"partner_id": self.station.id, "vehicle_id": self.vehicle.id}
        )
        self._refused_cleanly_or_done(
            "aftersales.warranty.claim.line", "create", [{"claim_id": claim.id, "name": "Bad", field: value}]
        )
        for line in claim.line_ids:
            self.assertGreaterEqual(line.amount_claimed, 0.0)

    @EXAMPLES
    @given(date_from=st.dates(), date_to=st.dates(), partner=RPC_VALUES)
    def test_settlement_period(self, date_from, date_to, partner):
        created = self._refused_cleanly_or_done(
            "aftersales.warranty.settlement",
            "create",
            [{"partner_id": partner, "date_from": str(date_from), "date_to": str(date_to)}],
        )
        if created:
            self.assertLessEqual(date_from, date_to)

    @EXAMPLES
    @given(field=st.sampled_from(["min_amount", "max_amount", "sequence", "document_type"]), value=RPC_VALUES)
    def test_approval_rule_limits(self, field, value):
        group = self.env.ref("aftersales_base.group_aftersales_approver_gm").id
        created = self._refused_cleanly_or_done(
            "aftersales.approval.rule",
            "create",
            [{"name": "Bad rule", "document_type": "part_request", "group_id": group, field: value}],
        )
        if created:
            (rule,) = self.env["aftersales.approval.rule"].browse(created).read(["min_amount", "max_amount"])
            self.assertGreaterEqual(rule["min_amount"], 0)
            self.assertGreaterEqual(rule["max_amount"], 0)

    @EXAMPLES
    @given(number=st.one_of(st.text(XML_TEXT, max_size=40), st.from_regex(r"\+?[0-9 ()\-]{0,25}", fullmatch=True)))
    def test_caller_lookup_with_any_number(self, number):
        """Caller lookup takes whatever the phone system passes and answers with customers or nobody."""
        partners = self.env["helpdesk.ticket"].find_partner_by_phone(number)
        self.assertEqual(partners._name, "res.partner")
