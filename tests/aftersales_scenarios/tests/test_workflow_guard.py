import xmlrpc.client

from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged

# Least privileged first: each protected field is written by the first role that may write the record.
ROLES = [
    ("station", "aftersales_base.group_aftersales_station"),
    ("call_centre", "aftersales_base.group_aftersales_user"),
    ("parts", "aftersales_parts.group_aftersales_parts"),
    ("warranty", "aftersales_warranty.group_aftersales_warranty"),
    ("callback", "aftersales_survey.group_aftersales_callback"),
    ("accountant", "account.group_account_invoice"),
    ("field_engineer", "aftersales_fieldservice.group_aftersales_field_engineer"),
    ("batch_marketing", "aftersales_batch_return.group_batch_return_marketing"),
    ("manager", "aftersales_base.group_aftersales_manager"),
]
OUR_EXTENDED_MODELS = {"repair.order", "helpdesk.ticket", "stock.move", "rma", "fsm.recurring"}


@tagged("post_install", "-at_install")
class TestWorkflowFieldsOverRpc(HttpCase):
    """Every field a model declares in ``_workflow_fields()`` is refused over XML-RPC to a user who may
    otherwise write the record, and the record stays as it was. The cases come from the declarations, so
    a newly protected field is covered without a new test."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = [
            new_test_user(cls.env, f"guard_{role}", groups=f"base.group_user,{group}", password=f"guard_{role}-pw")
            for role, group in ROLES
        ]
        part = cls.env["product.product"].create({"name": "Guard test part", "standard_price": 900})
        customer = cls.env["res.partner"].create({"name": "Guard test customer"})
        cls.part_request = cls.env["aftersales.part.request"].create(
            {"line_ids": [(0, 0, {"product_id": part.id, "quantity": 1})]}
        )
        cls.exit_pass = cls.env["aftersales.exit.pass"].create(
            {"partner_id": customer.id, "line_ids": [(0, 0, {"product_id": part.id, "quantity": 1})]}
        )

    def _guarded_models(self):
        for name in sorted(self.env.registry):
            model = self.env[name]
            if model._abstract or model._transient or not hasattr(model, "_workflow_fields"):
                continue
            if name.startswith("aftersales.") or name in OUR_EXTENDED_MODELS:
                guarded = model._workflow_fields()
                if guarded:
                    yield model, guarded

    def _sample(self, model):
        domain = [("repair_id", "!=", False)] if model._name == "stock.move" else []
        return model.search(domain, limit=1, order="id desc")

    def _other_value(self, record, name):
        """A value of the field's type that differs from the record's."""
        field = record._fields[name]
        current = record[name]
        if field.type == "selection":
            keys = [key for key, _label in field._description_selection(self.env) if key != current]
            return keys[0]
        if field.type == "many2one":
            return self.env[field.comodel_name].search([("id", "!=", current.id)], limit=1).id
        if field.type in ("many2many", "one2many"):
            other = self.env[field.comodel_name].search([("id", "not in", current.ids)], limit=1)
            return [(6, 0, other.ids)] if field.type == "many2many" else [(4, other.id)]
        if field.type == "boolean":
            return not current
        if field.type in ("integer", "many2one_reference"):
            return (current or 0) + 1
        if field.type in ("float", "monetary"):
            return (current or 0.0) + 7.0
        if field.type in ("char", "text"):
            return (current or "") + " changed"
        if field.type == "date":
            return "2020-01-02"
        if field.type == "datetime":
            return "2020-01-02 03:04:05"
        raise AssertionError(f"no test value for {field}")

    def _writer(self, record):
        for user in self.users:
            if record.with_user(user).has_access("write"):
                return user
        return None

    def test_protected_fields_refused_over_rpc(self):
        tried, no_record = [], []
        for model, guarded in self._guarded_models():
            record = self._sample(model)
            if not record:
                no_record.append(model._name)
                continue
            user = self._writer(record)
            if not user:
                continue
            for name in guarded:
                value = self._other_value(record, name)
                before = record.read([name])[0][name]
                with self.subTest(model=model._name, field=name, user=user.login):
                    with self.assertRaisesRegex(xmlrpc.client.Fault, "not written directly"):
                        self.xmlrpc_object.execute_kw(
                            self.env.cr.dbname,
                            user.id,
                            f"{user.login}-pw",
                            model._name,
                            "write",
                            [record.ids, {name: value}],
                        )
                    record.invalidate_recordset()
                    self.assertEqual(record.read([name])[0][name], before)
                tried.append((model._name, name))
        tried_models = {model for model, _name in tried}
        for expected in (
            "aftersales.part.request",
            "aftersales.exit.pass",
            "aftersales.warranty.claim",
            "aftersales.warranty.claim.line",
            "aftersales.repair.labour",
            "repair.order",
            "stock.move",
            "fsm.recurring",
            "aftersales.maintenance.visit",
        ):
            self.assertIn(expected, tried_models, f"{expected} was not tried (no record: {no_record})")
        self.assertIn(("repair.order", "inspection_state"), tried)
        self.assertIn(("aftersales.part.request", "approval_submitted_by_id"), tried)

    def test_protected_fields_refused_on_create_and_through_defaults(self):
        claims = self.env["aftersales.part.request"].with_user(self.users[2])
        uid, pw = self.users[2].id, f"{self.users[2].login}-pw"
        db = self.env.cr.dbname
        with self.assertRaisesRegex(xmlrpc.client.Fault, "not written directly"):
            self.xmlrpc_object.execute_kw(db, uid, pw, claims._name, "create", [{"approval_state": "approved"}])
        with self.assertRaisesRegex(xmlrpc.client.Fault, "not written directly"):
            self.xmlrpc_object.execute_kw(
                db, uid, pw, claims._name, "create", [{}], {"context": {"default_approval_state": "approved"}}
            )
        self.assertFalse(claims.search([("approval_state", "=", "approved"), ("create_uid", "=", uid)]))

    def test_certifying_reports_refuse_records_in_the_wrong_state(self):
        Report = self.env["ir.actions.report"]
        uninspected = self.env["repair.order"].create(
            {"partner_id": self.env.ref("base.res_partner_2").id, "name": "Not inspected"}
        )
        draft_pass = self.exit_pass
        empty_settlement = self.env["aftersales.warranty.settlement"].create(
            {"partner_id": self.env.ref("base.res_partner_2").id, "date_from": "2026-01-01", "date_to": "2026-01-31"}
        )
        cases = [
            ("aftersales_repair.report_release_certificate", uninspected, "no release certificate"),
            ("aftersales_parts.report_exit_pass", draft_pass, "once approved"),
            ("aftersales_warranty.report_settlement_statement", empty_settlement, "Collect first"),
        ]
        for report, record, message in cases:
            with self.subTest(report=report):
                with self.assertRaisesRegex(UserError, message):
                    Report._render_qweb_html(report, record.ids)
        with self.assertRaisesRegex(UserError, "Collect first"):
            empty_settlement.action_export_statement()

    def test_new_company_gets_the_rules_and_none_fails_closed(self):
        company = self.env["res.company"].create({"name": "Second station company"})
        Rule = self.env["aftersales.approval.rule"]
        shipped = Rule.search([("company_id", "=", self.env.ref("base.main_company").id)])
        copied = Rule.search([("company_id", "=", company.id)])
        self.assertEqual(
            sorted(copied.mapped(lambda r: (r.document_type, r.min_amount, r.max_amount, r.group_id.id))),
            sorted(shipped.mapped(lambda r: (r.document_type, r.min_amount, r.max_amount, r.group_id.id))),
        )
        self.assertIn("part_request", copied.mapped("document_type"))
        main = self.env.ref("base.main_company")
        for model, key in (
            ("aftersales.sla.rule", lambda r: (r.severity, r.service_zone, r.response_hours, r.restore_hours)),
            ("aftersales.repair.guarantee", lambda r: (r.vehicle_kind, r.repair_class, r.days, r.km)),
            ("aftersales.labour.class", lambda r: (r.code, r.rate)),
            ("aftersales.warranty.policy", lambda r: (r.name, r.months, r.distance_km)),
            ("aftersales.sanbao.rule", lambda r: (r.name, r.sanbao_months, r.exchange_days)),
            ("aftersales.callback.rule", lambda r: (r.name, r.trigger, r.delay_days)),
        ):
            with self.subTest(model=model):
                records = self.env[model].with_context(active_test=False)
                theirs = sorted(records.search([("company_id", "=", company.id)]).mapped(key))
                self.assertTrue(theirs, f"{company.name} got no {model}")
                self.assertEqual(theirs, sorted(records.search([("company_id", "=", main.id)]).mapped(key)))
        part = self.env["product.product"].create({"name": "Second company part", "standard_price": 50})
        request = (
            self.env["aftersales.part.request"]
            .with_company(company)
            .create({"company_id": company.id, "line_ids": [(0, 0, {"product_id": part.id, "quantity": 1})]})
        )
        copied.filtered(lambda r: r.document_type == "part_request").unlink()
        with self.assertRaisesRegex(UserError, "no approval rule"):
            request.action_submit()
        self.assertEqual(request.approval_state, "draft")

    def test_policies_and_sanbao_rules_apply_within_their_company(self):
        main, company = self.env.ref("base.main_company"), self.env["res.company"].create({"name": "Scope company"})
        category = self.env["product.category"].create({"name": "Scope vehicles"})
        model = self.env["product.product"].create(
            {"name": "Scope SUV", "aftersales_is_vehicle": True, "categ_id": category.id}
        )
        for owner in (main, company):
            self.env["aftersales.warranty.policy"].create(
                {
                    "name": f"Policy of {owner.name}",
                    "months": 12,
                    "product_ids": [(6, 0, model.ids)],
                    "company_id": owner.id,
                }
            )
            self.env["aftersales.sanbao.rule"].create(
                {
                    "name": f"三包 of {owner.name}",
                    "sequence": 1,
                    "categ_ids": [(6, 0, category.ids)],
                    "company_id": owner.id,
                }
            )
        rules = self.env["aftersales.sanbao.rule"].search([])
        for owner, vin in ((company, "SCPADRJF7K1000001"), (main, "SCPADRJF7K1000002")):
            with self.subTest(company=owner.name):
                vehicle = self.env["aftersales.vehicle"].create(
                    {"vin": vin, "product_id": model.id, "delivery_date": "2026-01-10", "company_id": owner.id}
                )
                vehicle.action_generate_warranties()
                coverage = self.env["aftersales.warranty"].search([("vehicle_id", "=", vehicle.id)])
                self.assertIn(f"Policy of {owner.name}", coverage.policy_id.mapped("name"))
                self.assertEqual(coverage.policy_id.company_id, owner, "no policy of another company covers it")
                self.assertEqual(vehicle._sanbao_rule(rules).name, f"三包 of {owner.name}")
