from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestCallbackRole(TransactionCase):
    def test_callback_agent_works_with_questionnaires(self):
        agent = new_test_user(self.env, "callback_agent", groups="aftersales_survey.group_aftersales_callback")
        survey = self.env["survey.survey"].with_user(agent).create({"title": "Callback after repair"})
        self.assertEqual(survey.title, "Callback after repair")
        menus = (
            self.env["ir.ui.menu"]
            .with_user(agent)
            .search([("parent_id", "=", self.env.ref("aftersales_base.menu_aftersales_root").id)])
        )
        self.assertIn("Callbacks", menus.mapped("name"))

    def test_call_centre_user_cannot_edit_questionnaires(self):
        clerk = new_test_user(self.env, "plain_agent", groups="aftersales_base.group_aftersales_user")
        with self.assertRaises(AccessError):
            self.env["survey.survey"].with_user(clerk).create({"title": "Not mine to make"})
