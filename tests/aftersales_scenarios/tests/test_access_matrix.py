import xmlrpc.client

from odoo.tests import HttpCase, get_db_name, new_test_user, tagged

ROLES = {
    "station": "aftersales_base.group_aftersales_station",
    "call_centre": "aftersales_base.group_aftersales_user",
    "warranty": "aftersales_warranty.group_aftersales_warranty",
    "parts": "aftersales_parts.group_aftersales_parts",
    "callback": "aftersales_survey.group_aftersales_callback",
    "manager": "aftersales_base.group_aftersales_manager",
    "accountant": "account.group_account_invoice",
}
MODELS = [
    "aftersales.vehicle",
    "helpdesk.ticket",
    "repair.order",
    "aftersales.part.request",
    "aftersales.warranty.claim",
    "aftersales.warranty.settlement",
    "aftersales.callback",
    "aftersales.approval.rule",
    "aftersales.callback.rule",
    "aftersales.warranty.policy",
    "aftersales.sla.rule",
    "aftersales.repair.labour",
    "aftersales.part.request.line",
    "aftersales.exit.pass.line",
    "aftersales.approval",
    "aftersales.warranty.claim.line",
    "aftersales.capa.action",
]
# r c w u = read, create, write, unlink; one column per model above. Only managers configure (approval
# limits, callback rules, policies, SLA); only accountants create settlements; nobody but a manager deletes.
# Lines are edited with their document (deleting a line is part of editing it); approval steps are only read:
# the approval engine writes them.
EXPECTED = {
    "station": "rcw- rcw- rcwu rcw- rcw- r--- r--- r--- ---- r--- r--- rcwu rcwu ---- r--- rcwu ----",
    "call_centre": "rcw- rcw- rcwu rcw- rcw- r--- r--- r--- r--- r--- r--- rcwu rcwu ---- r--- rcwu rcwu",
    "warranty": "rcw- rcw- rcwu rcw- rcw- r--- r--- r--- r--- r--- r--- rcwu rcwu ---- r--- rcwu rcwu",
    "parts": "rcw- rcw- rcwu rcw- rcw- r--- r--- r--- r--- r--- r--- rcwu rcwu rcwu r--- rcwu rcwu",
    "callback": "rcw- rcw- rcwu rcw- rcw- r--- rcw- r--- r--- r--- r--- rcwu rcwu ---- r--- rcwu rcwu",
    "manager": "rcwu rcwu rcwu rcwu rcwu r--- rcwu rcwu rcwu rcwu rcwu rcwu rcwu rcwu r--- rcwu rcwu",
    "accountant": "r--- r--- r--- ---- r--- rcw- ---- r--- ---- ---- ---- ---- ---- r--- r--- r--- ----",
}
OPERATIONS = ("read", "create", "write", "unlink")


@tagged("post_install", "-at_install")
class TestAccessMatrix(HttpCase):
    """Every role against every model, asked over XML-RPC as the real user."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = {
            role: new_test_user(cls.env, f"acl_{role}", groups=group, company_ids=cls.env.company.ids)
            for role, group in ROLES.items()
        }

    def _rpc(self, user, model, method, *args, **kwargs):
        uid = self.xmlrpc_common.authenticate(get_db_name(), user.login, user.login, {})
        return self.xmlrpc_object.execute_kw(get_db_name(), uid, user.login, model, method, list(args), kwargs)

    def test_role_model_matrix(self):
        for role, user in self.users.items():
            for model, expected in zip(MODELS, EXPECTED[role].split(), strict=True):
                with self.subTest(role=role, model=model):
                    granted = "".join(
                        op[0] if self._rpc(user, model, "has_access", [], op) else "-" for op in OPERATIONS
                    )
                    self.assertEqual(granted, expected)

    def test_denied_operations_are_access_errors(self):
        station = self.env["res.partner"].create({"name": "ACL Station", "is_service_station": True})
        with self.assertRaises(xmlrpc.client.Fault) as refused:
            self._rpc(
                self.users["station"],
                "aftersales.warranty.settlement",
                "create",
                [{"partner_id": station.id, "date_from": "2026-01-01", "date_to": "2026-01-31"}],
            )
        self.assertEqual(refused.exception.faultCode, 4)
        rule = self.env.ref("aftersales_parts.approval_rule_part_request_gm")
        with self.assertRaises(xmlrpc.client.Fault) as refused:
            self._rpc(self.users["warranty"], "aftersales.approval.rule", "write", [rule.id], {"min_amount": 1})
        self.assertEqual(refused.exception.faultCode, 4, "only managers set approval limits")

    def test_companies_are_separate(self):
        other = self.env["res.company"].create({"name": "Other Motors"})
        theirs = self.env["aftersales.vehicle"].create({"vin": "ACLADRJF7K1000001", "company_id": other.id})
        mine = self.env["aftersales.vehicle"].create({"vin": "ACLADRJF7K1000002"})
        found = self._rpc(
            self.users["call_centre"], "aftersales.vehicle", "search", [("id", "in", [theirs.id, mine.id])]
        )
        self.assertEqual(found, [mine.id])
