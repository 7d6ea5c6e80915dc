import re
from datetime import timedelta

import polib
from dateutil.relativedelta import relativedelta
from lxml import etree, html

from odoo import Command, fields
from odoo.modules.module import get_manifest, get_module_path
from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged
from odoo.tools import file_open, html2plaintext
from odoo.tools.translate import TranslationFileReader, TranslationModuleReader, get_po_paths

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

MODULES = (
    "aftersales_base",
    "aftersales_helpdesk",
    "aftersales_repair",
    "aftersales_parts",
    "aftersales_warranty",
    "aftersales_survey",
    "aftersales_notice",
    "aftersales_sanbao_return",
    "aftersales_batch_return",
    "aftersales_subsidy",
    "aftersales_loaner",
    "aftersales_fieldservice",
    "aftersales_maintenance_plan",
    "aftersales_training",
    "aftersales_station_performance",
    "aftersales_spreadsheet_dashboard",
    "aftersales_campaign",
)

# What a Chinese screen may still hold in Latin letters. Words written in capitals are codes, not English:
# VIN, SLA, CAPA, PDF, ID and references such as HT00012 or WH/RO/00004; e-mail addresses, URLs and domain
# names are data. Beyond those, only:
ALLOWED_WORDS = {
    "km",  # the unit of odometers and mileage limits, written so on Chinese documents too
    "xlsx",  # the file type of the exports
    "odoo",  # the product's name, in the portal's footer
}
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # ideographs and Chinese punctuation
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
NOT_WORDS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\w+://\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)+\b")
# Attributes of a view node the user reads (the root node's string is not shown: the breadcrumb shows the
# action's name).
VIEW_ATTRIBUTES = ("string", "placeholder", "help", "confirm", "title", "sum", "avg")
PAGE_ATTRIBUTES = ("placeholder", "title")
TRUE = ("1", "True", "true")
# Records whose name is an address, not words (helpdesk_mgmt's "help" mail alias).
NAMED_BY_ADDRESS = ("mail.alias",)


def english_words(text, term=False):
    """The English words of ``text``: runs of Latin letters that are not codes, data or allowed words.

    A ``term`` is one translated string (a label, a choice, a tooltip): Latin words its translator kept
    next to Chinese are names (Peppol, vCard). Elsewhere, Chinese data does not excuse the English around it.
    """
    text = NOT_WORDS.sub(" ", text or "")
    if term and CHINESE.search(text):
        return []
    return [word for word in LATIN_WORD.findall(text) if not word.isupper() and word.lower() not in ALLOWED_WORDS]


class EnglishFinder:
    """Collects the English strings of rendered screens, with where each was seen."""

    def __init__(self, ignored=()):
        self.found = {}
        self.ignored = set(ignored)

    def add(self, where, text, term=False):
        text = " ".join(str(text or "").split())
        if text and text not in self.ignored and english_words(text, term=term):
            self.found.setdefault(text, where)

    def report(self):
        return "\n".join(f"  {text!r}  ({where})" for text, where in sorted(self.found.items()))


@tagged("post_install", "-at_install")
class TestTranslations(TransactionCase):
    """Our users read Chinese: every string our addons show must have a zh_CN translation shipped."""

    def test_every_string_has_a_chinese_translation(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        for module in MODULES:
            with self.subTest(module=module):
                shipped = polib.pofile(f"{get_module_path(module)}/i18n/zh_CN.po")
                translated = {entry.msgid for entry in shipped if entry.msgstr and not entry.fuzzy}
                sources = {
                    source
                    for _module, _type, _name, _res_id, source, _value, _comments in TranslationModuleReader(
                        self.env.cr, modules=[module], lang="zh_CN"
                    )
                    if source.strip()
                }
                missing = sorted(sources - translated)
                self.assertFalse(
                    missing, f"{module}: {len(missing)} string(s) without zh_CN translation, e.g. {missing[:5]}"
                )
                # Odoo merges the .po with the .pot when loading it: a string the .pot lacks is dropped.
                template = {entry.msgid for entry in polib.pofile(f"{get_module_path(module)}/i18n/{module}.pot")}
                stale = sorted(sources - template)
                self.assertFalse(
                    stale, f"{module}: the .pot lacks {len(stale)} string(s) (scripts/i18n-export), e.g. {stale[:5]}"
                )

    def _xmlids_translated_by(self, module):
        """The XML ids the zh_CN files of ``module`` translate, read as Odoo reads them (merged with the .pot)."""
        xmlids = set()
        for path in get_po_paths(module, "zh_CN"):
            with file_open(path, "rb") as po_file:
                for row in TranslationFileReader(po_file, fileformat="po"):
                    if row.get("type") in ("model", "model_terms") and row.get("value"):
                        xmlids.add(f"{row['module']}.{row['imd_name']}")
        return xmlids

    def test_choices_translate_when_their_module_installs(self):
        """On a database created in Chinese, each module's translations load when it installs. The choices of
        a field exist once the module giving the field to its model installs, whatever module their XML id
        names (the approval states aftersales_base gives claims, the activity states mail gives our models):
        that module's files must translate them."""
        translated = {module: self._xmlids_translated_by(module) for module in MODULES}
        IrModelData = self.env["ir.model.data"]
        creators = {}
        for data in IrModelData.search([("model", "=", "ir.model.fields"), ("module", "in", MODULES)]):
            creators.setdefault(data.res_id, set()).add(data.module)
        choices = self.env["ir.model.fields.selection"].search([("field_id", "in", list(creators))])
        untranslated = [
            f"{data.complete_name} (field of {', '.join(sorted(creators[choice.field_id.id]))})"
            for choice in choices
            for data in IrModelData.search([("model", "=", choice._name), ("res_id", "=", choice.id)])
            if not any(data.complete_name in translated[module] for module in creators[choice.field_id.id])
        ]
        self.assertFalse(untranslated, "choices left in English on a database created in Chinese")


@tagged("post_install", "-at_install")
class TestChineseScreens(HttpCase):
    """A company working in Chinese: what its users and customers read, rendered, holds no English word."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"].search([("state", "=", "installed")])._update_translations(["zh_CN"])
        # The company's language is what scheduled jobs write in; its name shows on the portal.
        cls.env.company.write({"name": "华瑞汽车售后服务有限公司"})
        cls.env.company.partner_id.lang = "zh_CN"
        cls.today = fields.Date.context_today(cls.env.user)
        cls.manager = new_test_user(
            cls.env,
            "zh_manager",
            name="赵敏",
            lang="zh_CN",
            tz=cls.env.user.tz,
            groups=",".join(
                [
                    "base.group_user",
                    "aftersales_base.group_aftersales_manager",
                    "aftersales_base.group_aftersales_approver_gm",
                    "aftersales_warranty.group_aftersales_warranty",
                    "aftersales_parts.group_aftersales_parts_manager",
                    "aftersales_survey.group_aftersales_callback_supervisor",
                    "account.group_account_invoice",
                ]
            ),
        )
        cls.env.company.aftersales_escalation_user_id = cls.manager
        cls.customer_user = new_test_user(
            cls.env, "zh_customer", name="王芳", lang="zh_CN", groups="base.group_portal", email="wangfang@example.com"
        )
        cls.customer = cls.customer_user.partner_id
        cls.station = cls.env["res.partner"].create(
            {"name": "北京朝阳特约服务站", "is_service_station": True, "station_code": "ZH1", "lang": "zh_CN"}
        )
        cls.vehicle = cls.env["aftersales.vehicle"].create(
            {
                "vin": "ZHSADRJF7K1000001",
                "partner_id": cls.customer.id,
                "product_id": cls.env.ref("aftersales_base.product_model_suv").id,
                "delivery_date": cls.today - timedelta(days=365),
                "station_id": cls.station.id,
            }
        )
        cls.repair = cls.env["repair.order"].create(
            {
                "vehicle_id": cls.vehicle.id,
                "partner_id": cls.customer.id,
                "labour_ids": [Command.create({"name": "更换前刹车片", "std_hours": 1, "rate": 120})],
            }
        )
        cls.ticket = cls._as(cls.env["helpdesk.ticket"], cls.manager).create(
            {
                "name": "刹车异响",
                "description": "踩刹车时前轮有异响",
                "partner_id": cls.customer.id,
                "user_id": cls.manager.id,
            }
        )
        with workflow_writes():
            cls.ticket.aftersales_claimed_partner_id = cls.customer

    @staticmethod
    def _as(records, user):
        """``records`` as ``user`` works on them in the web client: in their language."""
        return records.with_user(user).with_context(lang=user.lang)

    def _assert_chinese(self, finder, what):
        if finder.found:
            self.fail(f"{len(finder.found)} English string(s) on {what}:\n{finder.report()}")

    # Back office -------------------------------------------------------------------------------------------

    def _arch_strings(self, finder, arch, model, models, where, view_type):
        def walk(node, model, in_kanban_card):
            if not isinstance(node.tag, str):
                return
            fields = models.get(model, {}).get("fields", {})
            hidden = node.get("invisible") in TRUE or node.get("column_invisible") in TRUE
            in_kanban_card = in_kanban_card or node.tag == "templates"
            if not hidden:
                for attribute in VIEW_ATTRIBUTES:
                    if node.getparent() is not None or attribute != "string":
                        finder.add(f"{where}: <{node.tag} {attribute}>", node.get(attribute), term=True)
                if node.tag != "field":
                    finder.add(f"{where}: <{node.tag}> text", node.text, term=True)
                    for child in node:
                        finder.add(f"{where}: <{node.tag}> text", child.tail, term=True)
            child_model = model
            if node.tag == "field":
                field = fields.get(node.get("name"), {})
                # A kanban card shows values, not labels; fields outside the cards are only loaded.
                if not hidden and (view_type != "kanban" or in_kanban_card):
                    label = f"{model}.{node.get('name')}"
                    if view_type != "kanban" and not node.get("string") and not node.get("nolabel"):
                        finder.add(f"{where}: label of {label}", field.get("string"), term=True)
                    if view_type == "form":
                        finder.add(f"{where}: tooltip of {label}", field.get("help"), term=True)
                    for _value, choice in field.get("selection") or []:
                        finder.add(f"{where}: choice of {label}", choice, term=True)
                if field.get("relation"):
                    self.seen_models.add(field["relation"])
                    child_model = field["relation"]
            for child in node:
                walk(child, child_model, in_kanban_card)

        walk(etree.fromstring(arch), model, False)

    def _shipped_records(self):
        """(XML id, model) of the records our addons and helpdesk_mgmt install outside demo data."""
        records = []
        for module in (*MODULES, "helpdesk_mgmt"):
            for path in get_manifest(module)["data"]:
                if path.endswith(".xml"):
                    with file_open(f"{module}/{path}", "rb") as data_file:
                        for record in etree.parse(data_file).iter("record"):
                            xmlid = record.get("id")
                            records.append((xmlid if "." in xmlid else f"{module}.{xmlid}", record.get("model")))
        return records

    def _kept_english_by_odoo(self):
        """Terms Odoo's own Chinese gives as the English text, in modules loaded after ours (not among our
        dependencies: the Peppol schemes of account_edi_ubl_cii on the customer form). Translations load in
        dependency order and the last one wins: we cannot replace these without overwriting Odoo's files."""
        Module = self.env["ir.module.module"]
        ours = Module.search([("name", "in", MODULES)])
        before_ours = (
            ours
            | ours.upstream_dependencies(exclude_states=("uninstallable",))
            | Module.search([("name", "=", "base")])
        )
        kept = set()
        for module in Module.search([("state", "=", "installed"), ("id", "not in", before_ours.ids)]):
            for path in get_po_paths(module.name, "zh_CN"):
                kept.update(
                    " ".join(entry.msgid.split()) for entry in polib.pofile(path) if entry.msgstr == entry.msgid
                )
        return kept

    def test_back_office_screens_are_chinese(self):
        """Every action under our menu: its menu, name and help, the labels, buttons, filters, choices and
        tooltips of its list, form, kanban, search and other views, its toolbar; then the records we ship that
        those screens list or offer (stages, channels, SLA rules, approval rules, categories...)."""
        # The language picker names each language in its own words ("English (US)").
        languages = {name for _code, name in self.env["res.lang"].get_installed()}
        finder = EnglishFinder(ignored=languages | self._kept_english_by_odoo())
        self.seen_models = set()
        env = self.env(user=self.manager, context={"lang": "zh_CN"})
        # Our After-Sales app, and the RMA app our returns work in (OCA rma, in Chinese through aftersales_rma).
        roots = self.env.ref("aftersales_base.menu_aftersales_root") | self.env.ref("rma.rma_menu")
        menus = env["ir.ui.menu"].search([("id", "child_of", roots.ids)])
        self.assertGreater(len(menus), 20, "the manager sees our menus")
        for menu in menus:
            finder.add(f"menu {menu.complete_name}", menu.name, term=True)
            if not menu.action:
                continue
            action = menu.action.sudo()  # the web client loads actions as superuser
            finder.add(f"action of {menu.complete_name}", action.name, term=True)
            if action._name != "ir.actions.act_window":
                continue
            if action.help:
                finder.add(f"help of {menu.complete_name}", html.fromstring(action.help).text_content(), term=True)
            self.seen_models.add(action.res_model)
            views = [list(view) for view in action.views] + [[action.search_view_id.id, "search"]]
            result = env[action.res_model].get_views(views, {"toolbar": True, "action_id": action.id})
            for view_type, view in result["views"].items():
                where = f"{menu.complete_name} ({view_type})"
                self._arch_strings(finder, view["arch"], action.res_model, result["models"], where, view_type)
                for items in (view.get("toolbar") or {}).values():
                    for item in items:
                        finder.add(f"{where}: toolbar", item.get("name"), term=True)
        for xmlid, model in self._shipped_records():
            if model in self.seen_models and model not in NAMED_BY_ADDRESS:
                record = env.ref(xmlid, raise_if_not_found=False)
                if record:
                    # Its own name: a location's full name starts with Odoo's warehouse, named at install.
                    name = record.name if "name" in record._fields else record.display_name
                    finder.add(f"record {xmlid}", name)
        self._assert_chinese(finder, "the back-office screens")

    # Chatter and documents --------------------------------------------------------------------------------

    def _written_strings(self, finder, records, reader):
        """What the chatter of ``records`` shows ``reader``, their activities and, for bills, their lines."""
        for record in records:
            where = record.display_name
            for message in record.message_ids:
                finder.add(f"message on {where}", html2plaintext(message.body or ""))
                finder.add(f"subtype on {where}", message.subtype_id.with_user(reader).description)
                for tracking in message.sudo().tracking_value_ids.with_user(reader)._tracking_value_format():
                    finder.add(f"tracked field on {where}", tracking["changedField"], term=True)
                    for value in (tracking["oldValue"]["value"], tracking["newValue"]["value"]):
                        finder.add(f"tracking on {where}", value)
            for activity in record.activity_ids:
                finder.add(f"activity on {where}", activity.summary)
                finder.add(f"activity on {where}", html2plaintext(activity.note or ""))
            if record._name == "account.move":
                for line in record.invoice_line_ids:
                    finder.add(f"bill line of {where}", line.name)

    def test_what_our_code_writes_is_chinese(self):
        """A case escalated by the scheduled job (which has no language), a claim approved and settled by
        Chinese users: their chatter lines, tracked changes, activities, approval steps and bill lines; and the
        texts helpdesk_mgmt writes from Python."""
        reader = self.manager
        env = self.env(context={"lang": "zh_CN"})
        ticket = self._as(self.env["helpdesk.ticket"], self.manager).create(
            {
                "name": "车辆抛锚需救援",
                "description": "高速公路上熄火",
                "partner_id": self.customer.id,
                "severity": "critical",
                "reported_date": fields.Datetime.now() - timedelta(days=3),
            }
        )
        # As the scheduler runs it: superuser, no language in the context.
        self.env["helpdesk.ticket"].with_env(self.env(context={}))._cron_sla_escalation()
        self.assertEqual(ticket.escalation_level, 2)

        clerk = new_test_user(
            self.env, "zh_clerk", name="刘洋", lang="zh_CN", groups="aftersales_base.group_aftersales_station"
        )
        clerk.aftersales_station_id = self.station
        self.env.company.aftersales_manufacturer_id = self.env["res.partner"].create({"name": "华瑞汽车制造厂"})
        claim = self._as(self.env["aftersales.warranty.claim"], clerk).create(
            {
                "partner_id": self.station.id,
                "vehicle_id": self.vehicle.id,
                "odometer": 15000,
                "line_ids": [Command.create({"line_type": "labour", "name": "更换水泵", "std_hours": 10, "rate": 120})],
            }
        )
        claim.action_submit()
        self.assertEqual(claim.approval_state, "to_approve", "above 1,000 the claim waits for the budget approval")
        step = claim.approval_ids
        self.assertNotEqual(step.with_context(lang="zh_CN").name, step.with_context(lang="en_US").name)
        self.assertEqual(step.with_context(lang="en_US").name, step.rule_id.with_context(lang="en_US").name)
        self._as(claim, self.manager).action_approve()
        self._as(claim, self.manager).action_assess()
        settlement = self._as(self.env["aftersales.warranty.settlement"], self.manager).create(
            {
                "partner_id": self.station.id,
                "direction": "station",
                "date_from": self.today.replace(day=1),
                "date_to": self.today,
            }
        )
        settlement.action_collect()
        settlement.action_post()
        self.env.flush_all()
        self.env.cr.precommit.run()  # tracked changes are written when the transaction commits

        finder = EnglishFinder()
        records = (
            ticket.with_env(env),
            claim.with_env(env),
            settlement.with_env(env),
            settlement.move_id.with_env(env),
        )
        self._written_strings(finder, records, reader)
        for approval_step in claim.with_env(env).approval_ids:
            finder.add("approval step", approval_step.name)
        # What helpdesk_mgmt writes from Python: a case mailed in without a subject (the mail gateway has no
        # language either), the reasons the composer gives for its suggested recipients, the dashboard tiles.
        mailed = (
            self.env["helpdesk.ticket"]
            .with_env(self.env(context={}))
            .message_new(
                {"subject": False, "body": "<p>刹车失灵</p>", "email_from": self.customer.email, "author_id": False}
            )
        )
        finder.add("case mailed without a subject", mailed.name)
        for recipient in self._as(ticket, reader)._message_get_suggested_recipients():
            finder.add(f"suggested recipient {recipient['name']}", recipient["reason"])
        for tile in self._as(self.env["helpdesk.ticket.team"], reader)._retrieve_dashboard():
            finder.add("helpdesk dashboard", tile["name"])
        self._assert_chinese(finder, "the chatter, activities, approval steps, bill lines and helpdesk texts")

    # Portal and e-mails ------------------------------------------------------------------------------------

    def _page_strings(self, finder, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200, url)
        # The portal of a zh_CN user is under /zh_CN; a refused page would send back to /my.
        self.assertTrue(response.url.split("?")[0].endswith(url), f"{url} was refused: {response.url}")
        document = html.fromstring(response.text)
        for node in document.xpath("//head|//script|//style|//template"):
            node.drop_tree()
        for node in document.iter():
            if not isinstance(node.tag, str):
                continue
            finder.add(f"{url} <{node.tag}>", node.text)
            finder.add(f"{url} after <{node.tag}>", node.tail)
            for attribute in PAGE_ATTRIBUTES:
                finder.add(f"{url} <{node.tag} {attribute}>", node.get(attribute))
            if node.tag in ("button", "input") and node.get("type") in ("submit", "button"):
                finder.add(f"{url} <{node.tag} value>", node.get("value"))

    def test_portal_pages_are_chinese(self):
        self.authenticate(self.customer_user.login, self.customer_user.login)
        # The language picker names each language in its own words ("English (US)").
        finder = EnglishFinder(ignored=[name for _code, name in self.env["res.lang"].get_installed()])
        for url in (
            "/my",
            "/my/tickets",
            f"/my/ticket/{self.ticket.id}",
            "/my/vehicles",
            f"/my/vehicles/{self.vehicle.id}",
            "/my/repairs",
            f"/my/repairs/{self.repair.id}",
        ):
            self._page_strings(finder, url)
        self._assert_chinese(finder, "the portal")

    def test_emails_are_chinese(self):
        """Our templates and helpdesk_mgmt's, rendered as a scheduled job sends them (with no language of its
        own): in the customer's language."""
        brake_pads = self.env.ref("aftersales_repair.product_part_brake_pads")
        request = self.env["aftersales.part.request"].create(
            {
                "partner_id": self.customer.id,
                "vehicle_id": self.vehicle.id,
                "line_ids": [Command.create({"product_id": brake_pads.id, "quantity": 1})],
            }
        )
        callback = self.env["aftersales.callback"].create(
            {
                "partner_id": self.customer.id,
                "repair_id": self.repair.id,
                "survey_id": self.env.ref("aftersales_survey.survey_callback").id,
                "scheduled_date": fields.Date.context_today(self.env.user),
                "deadline": fields.Date.context_today(self.env.user),
            }
        )
        callback._ensure_user_input()
        # A maintenance plan whose first visit is in 3 days: its order is made and the customer told.
        plan = self.env["fsm.recurring"].create(
            {
                "fsm_recurring_template_id": self.env.ref(
                    "aftersales_maintenance_plan.recurring_template_preventive"
                ).id,
                "vehicle_id": self.vehicle.id,
                "location_id": self.env["fsm.location"].create({"name": "王芳 家", "owner_id": self.customer.id}).id,
                "start_date": fields.Datetime.to_datetime(self.today + timedelta(days=3) - relativedelta(months=1)),
            }
        )
        plan.action_start()
        campaign = self.env["aftersales.campaign"].create(
            {"title": "制动软管召回", "customer_description": "制动软管可能磨损。", "vin_list": self.vehicle.vin}
        )
        campaign.action_launch()
        records = {
            "aftersales.campaign.vehicle": campaign.line_ids,  # the owner's recall notice
            "fsm.order": plan.visit_ids.fsm_order_id,  # the maintenance visit's notice
            "helpdesk.ticket": self.ticket,
            "aftersales.part.request": request,
            "aftersales.callback": callback,
            "repair.order": self.repair,  # the delivery notice
            "aftersales.vehicle": self.vehicle,  # the maintenance reminder
        }
        templates = self.env["mail.template"].browse(
            data.res_id
            for data in self.env["ir.model.data"].search(
                [("model", "=", "mail.template"), ("module", "in", (*MODULES, "helpdesk_mgmt"))]
            )
        )
        self.assertIn(self.env.ref("helpdesk_mgmt.closed_ticket_template"), templates)
        finder = EnglishFinder()
        for template in templates.with_env(self.env(context={})):
            record = records[template.model]
            rendered = template._generate_template(record.ids, ("subject", "body_html"))[record.id]
            finder.add(f"subject of {template.name}", rendered["subject"])
            for line in html2plaintext(rendered["body_html"]).splitlines():
                finder.add(f"body of {template.name}", line)
        self._assert_chinese(finder, "the e-mails")
