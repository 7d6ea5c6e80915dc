from lxml import etree

from odoo.tests import TransactionCase, tagged
from odoo.tools.safe_eval import safe_eval

MODULES = (
    "aftersales_base",
    "aftersales_helpdesk",
    "aftersales_repair",
    "aftersales_parts",
    "aftersales_warranty",
    "aftersales_survey",
)


@tagged("post_install", "-at_install")
class TestViewDisplay(TransactionCase):
    """What our views show is what the data says: a year reads 2026, not "2,026"."""

    def _field_nodes(self):
        """``(view, model, node)`` for every field node of every view our addons ship."""
        views = self.env["ir.ui.view"].browse(
            self.env["ir.model.data"].search([("module", "in", MODULES), ("model", "=", "ir.ui.view")]).mapped("res_id")
        )
        for view in views.filtered(lambda v: v.type != "qweb" and v.model in self.env):
            for node in etree.fromstring(view.arch_db.encode()).iter("field"):
                yield view, self.env[view.model], node

    def test_integer_years_are_shown_without_thousands_separator(self):
        checked = []
        for view, model, node in self._field_nodes():
            field = model._fields.get(node.get("name"))
            if not field or field.type != "integer" or "year" not in field.name:
                continue
            options = safe_eval(node.get("options") or "{}", {"true": True, "false": False})
            # Odoo 18's integer widget reads ``enable_formatting`` (``format`` is ignored).
            self.assertIs(options.get("enable_formatting"), False, f"{view.xml_id}: {field.name} shows 2,026")
            checked.append(field.name)
        self.assertIn("year", checked, "the satisfaction analysis (表10) year is among them")

    def test_no_view_relies_on_an_option_odoo_ignores(self):
        for view, _model, node in self._field_nodes():
            options = safe_eval(node.get("options") or "{}", {"true": True, "false": False})
            self.assertNotIn("format", options, f"{view.xml_id}: {node.get('name')} (use enable_formatting)")
