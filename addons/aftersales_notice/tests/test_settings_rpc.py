from xmlrpc.client import Fault

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestSettingsOverRpc(HttpCase):
    """Which provider sends the company's SMS is the administrators' choice, whatever the client."""

    def _call(self, login, model, method, *args):
        uid = self.xmlrpc_common.authenticate(self.env.cr.dbname, login, login, {})
        return self.xmlrpc_object.execute_kw(self.env.cr.dbname, uid, login, model, method, list(args))

    def test_station_user_cannot_change_the_sms_provider(self):
        company = self.env.company
        company.aftersales_sms_provider = "none"
        station = new_test_user(
            self.env,
            "notice_station",
            password="notice_station",
            groups="aftersales_base.group_aftersales_station",
            company_id=company.id,
        )
        new_test_user(
            self.env, "notice_admin", password="notice_admin", groups="base.group_system", company_id=company.id
        )
        station.aftersales_station_id = self.env["res.partner"].create(
            {"name": "RPC Station", "is_service_station": True, "station_code": "RPC1", "is_company": True}
        )
        self.env.flush_all()
        with self.assertRaisesRegex(Fault, "not allowed to modify"):
            self._call("notice_station", "res.company", "write", [company.id], {"aftersales_sms_provider": "odoo"})
        with self.assertRaisesRegex(Fault, "not allowed to create"):
            self._call("notice_station", "res.config.settings", "create", {"aftersales_sms_provider": "odoo"})
        company.invalidate_recordset()
        self.assertEqual(company.aftersales_sms_provider, "none")
        # The same call by an administrator goes through: the refusal above is the station user's.
        settings_id = self._call("notice_admin", "res.config.settings", "create", {"aftersales_sms_provider": "odoo"})
        self._call("notice_admin", "res.config.settings", "execute", [settings_id])
        company.invalidate_recordset()
        self.assertEqual(company.aftersales_sms_provider, "odoo")
