import io
from datetime import datetime, time, timedelta
from xmlrpc.client import Fault

import openpyxl
from freezegun import freeze_time

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.aftersales_base.tests.common import AftersalesCase
from odoo.addons.aftersales_base.tools.workflow import workflow_writes


@tagged("post_install", "-at_install")
class TestCampaign(AftersalesCase, HttpCase):
    """Five sedans produced in March and April; a brake-hose recall of the March ones."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_model = cls.env["product.product"].create({"name": "Test Truck", "aftersales_is_vehicle": True})
        cls.vehicles = cls.env["aftersales.vehicle"].create(
            [
                {
                    "vin": f"RCLADRJF7K100000{i}",
                    "product_id": (cls.other_model if i == 5 else cls.model).id,
                    "partner_id": cls.owner.id,
                    "station_id": cls.station_a.id,
                    "production_date": f"2026-0{3 if i <= 3 or i == 5 else 4}-1{i}",
                }
                for i in range(1, 6)
            ]
        )
        cls.hose = cls.env["product.product"].create({"name": "Brake hose", "type": "consu", "lst_price": 80})
        labour_class = cls.env["aftersales.labour.class"].search([], limit=1)
        cls.operation = cls.env["aftersales.labour.operation"].create(
            {"code": "RC-BH", "name": "Replace brake hoses", "labour_class_id": labour_class.id, "std_hours": 1.5}
        )
        cls.manager = new_test_user(
            cls.env, "rc_manager", groups="aftersales_base.group_aftersales_manager", password="rc_manager"
        )
        cls.station_user = new_test_user(
            cls.env, "rc_station", groups="aftersales_base.group_aftersales_station", password="rc_station"
        )
        cls.station_user.aftersales_station_id = cls.station_a

    def _campaign(self, **values):
        return (
            self.env["aftersales.campaign"]
            .with_user(self.manager)
            .create(
                {
                    "title": "Brake hose recall",
                    "kind": "recall",
                    "operation_ids": [Command.set(self.operation.ids)],
                    "part_ids": [Command.create({"product_id": self.hose.id, "quantity": 2})],
                    **values,
                }
            )
        )

    def test_selection_by_model_and_production_dates_is_frozen_at_launch(self):
        campaign = self._campaign(
            product_ids=[Command.set(self.model.ids)],
            production_date_from="2026-03-01",
            production_date_to="2026-03-31",
        )
        campaign.action_launch()
        self.assertEqual(campaign.state, "launched")
        self.assertEqual(campaign.line_ids.vehicle_id, self.vehicles[:3], "the March sedans, not the truck")
        self.assertEqual(set(campaign.line_ids.mapped("station_id")), {self.station_a})
        self.assertEqual((campaign.vehicle_count, campaign.done_count, campaign.completion_rate), (3, 0, 0.0))
        with self.assertRaisesMessage(UserError, "frozen"):
            campaign.production_date_to = "2026-04-30"
        late = self._vehicle("RCLADRJF7K1000009", production_date="2026-03-20")
        self.assertFalse(late.campaign_line_ids, "a vehicle registered after the launch is not added")

    def test_selection_by_vin_range(self):
        campaign = self._campaign(vin_from="rcladrjf7k1000002", vin_to="RCLADRJF7K1000004")
        campaign.action_launch()
        self.assertEqual(campaign.line_ids.vehicle_id, self.vehicles[1:4])

    def test_vin_list_refused_line_by_line_and_nothing_taken(self):
        campaign = self._campaign(
            vin_list="RCLADRJF7K1000001\nRCLADRJF7K100000O\nRCLADRJF7K1000001\nRCLADRJF7K1000099\nRCLADRJF7K1000002"
        )
        with self.assertRaises(UserError) as caught:
            campaign.action_launch()
        message = str(caught.exception)
        self.assertIn("Line 2: RCLADRJF7K100000O", message)
        self.assertIn("Line 3: RCLADRJF7K1000001 is listed twice", message)
        self.assertIn("Line 4: RCLADRJF7K1000099 is no vehicle of ours", message)
        self.assertNotIn("Line 1", message)
        self.assertEqual((campaign.state, len(campaign.line_ids)), ("draft", 0), "nothing half-imported")
        campaign.vin_list = "RCLADRJF7K1000001\nrcladrjf7k1000002"
        campaign.action_launch()
        self.assertEqual(campaign.line_ids.vehicle_id, self.vehicles[:2])

    def test_open_campaign_warns_on_vehicle_case_and_job(self):
        campaign = self._campaign(vin_list="RCLADRJF7K1000001")
        vehicle = self.vehicles[0]
        self.assertFalse(vehicle.campaign_warning, "a draft campaign warns nobody")
        campaign.action_launch()
        self.assertEqual(vehicle.open_campaign_count, 1)
        self.assertIn(campaign.name, vehicle.campaign_warning)
        case = self.env["helpdesk.ticket"].create({"name": "Noise", "description": "x", "vehicle_id": vehicle.id})
        job = self.env["repair.order"].create({"vehicle_id": vehicle.id})
        self.assertIn(campaign.name, case.campaign_warning)
        self.assertIn(campaign.name, job.campaign_warning)
        self.assertFalse(self.vehicles[1].campaign_warning)

    def test_campaign_work_in_one_click_and_never_twice(self):
        campaign = self._campaign(vin_list="RCLADRJF7K1000001")
        campaign.action_launch()
        vehicle = self.vehicles[0]
        job = self.env["repair.order"].with_user(self.station_user).create({"vehicle_id": vehicle.id})
        job.action_add_campaign_work()
        self.assertEqual(job.labour_ids.operation_id, self.operation)
        self.assertEqual(job.labour_ids.mapped("pay_type"), ["warranty"])
        self.assertEqual(job.labour_ids.std_hours, 1.5)
        self.assertEqual((job.move_ids.product_id, job.move_ids.product_uom_qty), (self.hose, 2.0))
        self.assertEqual(job.move_ids.mapped("pay_type"), ["warranty"], "the maker pays")
        line = campaign.line_ids
        self.assertEqual((line.state, line.repair_id), ("scheduled", job))

        second = self.env["repair.order"].create({"vehicle_id": vehicle.id})
        with self.assertRaisesMessage(UserError, f"on {job.name} already"):
            second.action_add_campaign_work()
        self.assertFalse(second.labour_ids, "nothing added to the second job")

        job.sudo().action_validate()
        job.sudo().action_repair_start()
        job.sudo().action_repair_end()
        self.assertEqual((line.state, line.done_date), ("done", job.aftersales_done_date))
        self.assertEqual((campaign.done_count, campaign.completion_rate), (1, 100.0))
        self.assertFalse(vehicle.campaign_warning, "fixed: no more warning")
        with self.assertRaisesMessage(UserError, "no open campaign"):
            second.action_add_campaign_work()

    def test_not_applicable_needs_a_reason_and_leaves_the_completion(self):
        campaign = self._campaign(vin_list="RCLADRJF7K1000001\nRCLADRJF7K1000002")
        campaign.action_launch()
        scrapped = campaign.line_ids.filtered(lambda line: line.vehicle_id == self.vehicles[1])
        with self.assertRaisesMessage(UserError, "why"):
            scrapped.action_not_applicable()
        scrapped.reason = "Scrapped"
        scrapped.action_not_applicable()
        self.assertEqual(campaign.vehicle_count, 2)
        self.assertEqual(campaign.completion_rate, 0.0)
        with self.assertRaisesMessage(UserError, "write why"):
            campaign.with_user(self.manager).action_close()
        campaign.close_reason = "Owners unreachable after three letters"
        campaign.with_user(self.manager).action_close()
        self.assertEqual(campaign.state, "closed")

    def test_rights_over_rpc(self):
        """Managers create and launch; a station reads campaigns, sees its own vehicles and moves no state."""
        campaign = self._campaign(vin_list="RCLADRJF7K1000001")
        campaign.action_launch()
        other = self._vehicle("RCLBDRJF7K1000001", station_id=self.station_b.id)
        campaign_b = self._campaign(vin_list=other.vin)
        campaign_b.action_launch()

        def call(model, method, *args, **kwargs):
            return self.xmlrpc_object.execute_kw(
                self.env.cr.dbname, self.station_user.id, "rc_station", model, method, list(args), kwargs
            )

        with self.assertRaises(Fault):
            call("aftersales.campaign", "create", {"title": "Station's own recall"})
        lines = call("aftersales.campaign.vehicle", "search_read", [], fields=["vehicle_id"])
        self.assertEqual([line["vehicle_id"][0] for line in lines], [self.vehicles[0].id], "its own vehicles only")
        with self.assertRaises(Fault) as caught:
            call("aftersales.campaign.vehicle", "write", [campaign.line_ids.id], {"state": "done"})
        self.assertIn("not written directly", caught.exception.faultString)
        with self.assertRaises(Fault):
            call("aftersales.campaign", "write", [campaign.id], {"state": "closed"})

    def test_progress_report_on_a_known_data_set(self):
        """Four vehicles: station A's two (one fixed, one scrapped), station B's one notified, one open."""
        self.vehicles[2].station_id = self.station_b
        campaign = self._campaign(vin_list="\n".join(self.vehicles[:4].mapped("vin")))
        campaign.action_launch()
        lines = {line.vehicle_id: line for line in campaign.line_ids}
        lines[self.vehicles[0]]._mark_done(fields.Date.context_today(campaign))
        lines[self.vehicles[1]].reason = "Scrapped"
        lines[self.vehicles[1]].action_not_applicable()
        with workflow_writes():
            lines[self.vehicles[2]].state = "notified"
        rows, total = campaign._progress_rows()
        self.assertEqual(
            rows,
            [("Station A", 3, 0, 0, 1, 1, 1, 50.0), ("Station B", 1, 1, 0, 0, 0, 1, 0.0)],
        )
        self.assertEqual(total, ("Total", 4, 1, 0, 1, 1, 2, 33.3))
        self.assertEqual(campaign.completion_rate, 33.33)

        html = str(
            self.env["ir.actions.report"]._render_qweb_html(
                "aftersales_campaign.report_campaign_progress", campaign.ids
            )[0]
        )
        self.assertIn(campaign.name, html)
        self.assertIn("33.3", html)
        action = campaign.action_export_progress()
        attachment = self.env["ir.attachment"].browse(int(action["url"].split("/")[3].split("?")[0]))
        sheet = openpyxl.load_workbook(io.BytesIO(attachment.raw)).active
        self.assertEqual([cell.value for cell in sheet[4]], ["Total", 4, 1, 0, 1, 1, 2, 33.3])

    def test_fixed_vehicles_claimed_from_the_maker_monthly_at_campaign_rates(self):
        """March's fix is claimed once March has ended, at the campaign's hours x rate and kit prices, with
        no warranty needed; the maker's monthly settlement collects it; April's waits for April to end."""
        maker = self.env["res.partner"].create({"name": "Maker", "is_company": True})
        self.env.company.aftersales_manufacturer_id = maker
        province_a, province_b = self.env["res.country.state"].create(
            [
                {"name": "Province A", "code": "PA", "country_id": self.env.ref("base.cn").id},
                {"name": "Province B", "code": "PB", "country_id": self.env.ref("base.cn").id},
            ]
        )
        self.station_a.state_id = province_a
        self.vehicles[2].station_id = self.station_b
        self.station_b.state_id = province_b
        campaign = self._campaign(vin_list="\n".join(self.vehicles[:3].mapped("vin")))
        campaign.part_ids.claim_price = 0
        campaign.action_launch()
        lines = {line.vehicle_id: line for line in campaign.line_ids}
        lines[self.vehicles[0]]._mark_done(fields.Date.to_date("2026-03-10"))
        lines[self.vehicles[1]]._mark_done(fields.Date.to_date("2026-04-05"))
        with freeze_time("2026-04-20 12:00:00"), self.assertRaisesMessage(UserError, "give the claim rate"):
            campaign.with_user(self.manager).action_claim_fixed_vehicles()
        campaign.labour_rate = 200
        campaign.part_ids.claim_price = 60

        with freeze_time("2026-04-20 12:00:00"):
            action = campaign.with_user(self.manager).action_claim_fixed_vehicles()
            claim = self.env["aftersales.warranty.claim"].search(action["domain"])
            self.assertEqual((claim.vehicle_id, claim.campaign_id), (self.vehicles[0], campaign))
            self.assertEqual((claim.direction, claim.partner_id), ("manufacturer", maker))
            self.assertEqual(
                sorted(claim.line_ids.mapped(lambda cost: (cost.line_type, cost.amount_claimed))),
                [("labour", 300.0), ("part", 120.0)],
                "1.5 h x 200 and two hoses at 60, whatever the job was charged",
            )
            self.assertNotEqual(claim.state, "draft", "submitted to the usual assessment")
            with self.assertRaisesMessage(UserError, "once the month has ended"):
                campaign.with_user(self.manager).action_claim_fixed_vehicles()
            self.assertEqual(campaign.claim_count, 1)

        claim.sudo()._on_approved()
        claim.sudo().action_assess()
        settlement = self.env["aftersales.warranty.settlement"].create(
            {"partner_id": maker.id, "direction": "manufacturer", "date_from": "2026-01-01", "date_to": "2099-12-31"}
        )
        settlement.action_collect()
        self.assertEqual((settlement.claim_ids, settlement.amount_total), (claim, 420.0))

        with freeze_time("2026-05-02 12:00:00"):
            self.env["aftersales.campaign"]._cron_claim_fixed_vehicles()
        self.assertEqual(campaign.claim_ids.vehicle_id, self.vehicles[:2], "April's fix, claimed in May")

        rows, total = campaign._progress_rows("region_id")
        self.assertEqual(rows, [("Province A", 2, 0, 0, 2, 0, 0, 100.0), ("Province B", 1, 0, 0, 0, 0, 1, 0.0)])
        self.assertEqual(campaign._progress_by_month(), [("2026-03", 1, 1, 33.3), ("2026-04", 1, 2, 66.7)])

    def test_workshop_claim_leaves_campaign_work_to_the_campaign(self):
        """Our own workshop's claim to the maker does not claim the campaign's work a second time."""
        self.env.company.aftersales_manufacturer_id = self.env["res.partner"].create({"name": "Maker"})
        vehicle = self._vehicle("RCLCDRJF7K1000001")
        campaign = self._campaign(vin_list=vehicle.vin)
        campaign.action_launch()
        job = self.env["repair.order"].create({"vehicle_id": vehicle.id})
        self.assertFalse(job.station_id)
        job.action_add_campaign_work()
        with self.assertRaisesMessage(UserError, "no warranty lines"):
            job.action_create_warranty_claim()

    def test_owners_told_reminded_then_called(self):
        """Notices to every owner with an address, a second after the delay, then a callback task."""
        self.owner.write({"email": "owner@example.com", "lang": "en_US"})
        self.vehicles.user_id = self.agent
        campaign = self._campaign(vin_list="\n".join(self.vehicles[:2].mapped("vin")), reminder_days=30)
        campaign.action_launch()
        mails = self.env["mail.mail"].search([("model", "=", "aftersales.campaign.vehicle")])
        campaign.with_user(self.manager).action_notify_owners()
        sent = self.env["mail.mail"].search([("model", "=", "aftersales.campaign.vehicle")]) - mails
        self.assertEqual(len(sent), 2)
        self.assertIn(campaign.name, sent[0].subject)
        self.assertEqual(sent.recipient_ids, self.owner)
        self.assertEqual(campaign.line_ids.mapped("state"), ["notified", "notified"])
        self.assertEqual(campaign.line_ids.mapped("notice_count"), [1, 1])
        fixed = campaign.line_ids[0]
        fixed._mark_done(fields.Date.context_today(campaign))

        today = fields.Date.context_today(campaign)
        with freeze_time(datetime.combine(today + timedelta(days=31), time(12))):
            self.env["aftersales.campaign"]._cron_remind_owners()
            self.assertEqual(campaign.line_ids[1].notice_count, 2, "a second notice")
            self.assertEqual(fixed.notice_count, 1, "fixed: not reminded")
        with freeze_time(datetime.combine(today + timedelta(days=62), time(12))):
            Campaign = self.env["aftersales.campaign"]
            Campaign._cron_remind_owners()
            Campaign._cron_remind_owners()
            activities = self.vehicles[1].activity_ids.filtered(lambda a: campaign.name in a.summary)
            self.assertEqual(len(activities), 1, "one callback task, however often the job runs")
            self.assertEqual(activities.user_id, self.agent)
            self.assertFalse(self.vehicles[0].activity_ids, "fixed: no callback")

    def test_every_owner_told_by_email_sms_or_letter(self):
        """E-mail where there is an address, SMS to a mobile (in the owner's language), a letter in one PDF for
        an owner with neither; whoever cannot be reached gets a call."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"].search([("name", "=", "aftersales_campaign")])._update_translations(["zh_CN"])
        cn = self.env.ref("base.cn")
        mailed, texted, posted, unknown = self.env["res.partner"].create(
            [
                {"name": "Mailed", "email": "mailed@example.com"},
                {"name": "张先生", "mobile": "138 0013 8000", "country_id": cn.id, "lang": "zh_CN"},
                {"name": "Posted", "street": "1 Chang'an Ave", "city": "Beijing", "country_id": cn.id},
                {"name": "Unknown"},
            ]
        )
        for vehicle, owner in zip(self.vehicles, (mailed, texted, posted, unknown), strict=False):
            vehicle.partner_id = owner
        self.vehicles.user_id = self.agent
        campaign = self._campaign(vin_list="\n".join(self.vehicles[:4].mapped("vin")))
        campaign.action_launch()
        sms_before = self.env["sms.sms"].search([])
        campaign.with_user(self.manager).action_notify_owners()

        sms = self.env["sms.sms"].search([]) - sms_before
        self.assertEqual((sms.partner_id, sms.number, sms.state), (texted, "+8613800138000", "outgoing"))
        self.assertIn(self.vehicles[1].vin, sms.body)
        self.assertIn("免费", sms.body, "in the owner's language")
        summary = campaign.message_ids[0]
        self.assertIn("e-mail 1, SMS 1; letters to print: 1; unreachable, to call: 1", summary.body)
        self.assertFalse(summary.attachment_ids, "the owners' addresses are not left on the campaign")
        states = {line.vehicle_id: (line.state, line.letter_due) for line in campaign.line_ids}
        self.assertEqual(
            [states[vehicle] for vehicle in self.vehicles[:4]],
            [("notified", False), ("notified", False), ("open", True), ("open", False)],
        )
        with self.assertRaises(AccessError):
            campaign.with_user(self.station_user).action_print_letters()
        action = campaign.with_user(self.manager).action_print_letters()
        letter_line = campaign.line_ids.filtered(lambda line: line.vehicle_id == self.vehicles[2])
        self.assertEqual(action["context"]["active_ids"], letter_line.ids)
        self.assertEqual((letter_line.state, letter_line.letter_due, letter_line.notice_count), ("notified", False, 1))
        html = str(
            self.env["ir.actions.report"]._render_qweb_html(
                "aftersales_campaign.report_campaign_notice_letter", letter_line.ids
            )[0]
        )
        self.assertIn("Chang&#39;an Ave", html.replace("'", "&#39;"))
        self.assertIn(self.vehicles[2].vin, html)
        with self.assertRaisesMessage(UserError, "no letter to print"):
            campaign.with_user(self.manager).action_print_letters()
        calls = self.vehicles[3].activity_ids.filtered(lambda activity: campaign.name in activity.summary)
        self.assertEqual(len(calls), 1, "the owner nobody can reach gets a call")

    def test_a_corrective_action_proposes_a_campaign(self):
        capa = self.env["aftersales.capa"].create({"name": "Brake hoses chafe", "nonconformity": "Hoses rub"})
        action = capa.with_user(self.manager).action_propose_campaign()
        campaign = self.env["aftersales.campaign"].browse(action["res_id"])
        self.assertEqual((campaign.state, campaign.capa_id, campaign.title), ("draft", capa, "Brake hoses chafe"))
        self.assertEqual(campaign.customer_description, "Hoses rub")
        self.assertEqual((capa.campaign_count, capa.campaign_ids), (1, campaign), "the campaign links back")
        self.assertIn(campaign.name, capa.message_ids[0].body)

    def test_call_intake_lists_the_callers_open_campaigns(self):
        self.owner.phone = "+86 138 0013 8011"
        campaign = self._campaign(vin_list=self.vehicles[0].vin)
        campaign.action_launch()
        intake = self.env["aftersales.call.intake"].with_user(self.agent).create({"partner_id": self.owner.id})
        self.assertEqual(intake.campaign_line_ids, campaign.line_ids)
        campaign.line_ids._mark_done(fields.Date.context_today(campaign))
        intake.invalidate_recordset()
        self.assertFalse(intake.campaign_line_ids, "fixed: nothing to offer")

    def test_owner_sees_the_campaign_on_the_portal_and_books(self):
        portal = new_test_user(self.env, "rc_owner", groups="base.group_portal", password="rc_owner")
        vehicle = self.vehicles[0]
        vehicle.partner_id = portal.partner_id
        campaign = self._campaign(vin_list=vehicle.vin, customer_description="Hoses may chafe.")
        campaign.action_launch()
        self.authenticate("rc_owner", "rc_owner")
        page = self.url_open(f"/my/vehicles/{vehicle.id}").text
        self.assertIn("Brake hose recall", page)
        self.assertIn("Hoses may chafe.", page)
        self.assertIn(f"/aftersales/case?vin={vehicle.vin}", page.replace("&amp;", "&"))
        booking = self.url_open(f"/aftersales/case?vin={vehicle.vin}&subject=Brake+hose+recall").text
        self.assertIn(f'value="{vehicle.vin}"', booking, "the case form comes filled in")
