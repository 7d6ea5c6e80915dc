from ast import literal_eval
from contextlib import contextmanager
from datetime import date
from unittest.mock import patch

from odoo import Command
from odoo.tests import new_test_user
from odoo.tools import format_amount

from odoo.addons.aftersales_base.tests.common import AftersalesCase


class NoticeCase(AftersalesCase):
    """An owner with an email address and a mobile, their vehicle, and repair jobs finished on it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.owner.write({"email": "owner@example.com", "mobile": "138 0013 8000"})
        cls.vehicle = cls._vehicle(
            "TSTNTCJF7K1000001",
            license_plate="京A·12345",
            delivery_date=date(2025, 1, 1),
            station_id=cls.station_a.id,
        )
        cls.manager = new_test_user(cls.env, "notice_manager", groups="aftersales_base.group_aftersales_manager")
        cls.env.company.aftersales_sms_provider = "none"

    def _finish_job(self, partner=None, **vals):
        """A level-1 job (no final inspection needed): 1.2 h paid by the customer (144), 0.5 h by the warranty
        (60), finished."""
        job = self.env["repair.order"].create(
            {
                "vehicle_id": self.vehicle.id,
                "partner_id": (partner or self.owner).id,
                "odometer_in": 10000,
                "labour_ids": [
                    Command.create({"name": "Replace brake pads", "std_hours": 1.2, "rate": 120}),
                    Command.create(
                        {"name": "Check window regulator", "std_hours": 0.5, "rate": 120, "pay_type": "warranty"}
                    ),
                ],
                **vals,
            }
        )
        job.action_validate()
        job.action_repair_start()
        job.action_repair_end()
        self.assertEqual(job.state, "done")
        return job

    def _sms_of(self, records):
        return (
            self.env["sms.sms"]
            .sudo()
            .search([("mail_message_id.model", "=", records._name), ("mail_message_id.res_id", "in", records.ids)])
        )

    def _money(self, job, amount):
        """An amount as the notice writes it in the job's currency, spaces as in the mail's plain text."""
        return " ".join(format_amount(self.env, amount, job.aftersales_currency_id).split())

    def _mails_of(self, records):
        return self.env["mail.mail"].sudo().search([("model", "=", records._name), ("res_id", "in", records.ids)])

    def _unsent(self, user=None):
        """The SMS the Unsent SMS menu lists, as ``user`` sees them."""
        action = self.env.ref("aftersales_notice.action_unsent_sms")
        return self.env["sms.sms"].with_user(user or self.manager).search(literal_eval(action.domain))

    @contextmanager
    def sms_provider(self, send):
        """A test-only SMS provider, "recording", added as another addon adds one: its key in the selection
        and ``_aftersales_send_recording`` on res.company, calling ``send(company, sms_records)``."""
        Company = type(self.env["res.company"])
        selection = Company._aftersales_sms_provider_selection

        def provider_selection(company):
            return selection(company) + [("recording", "Recording")]

        def send_recording(company, sms_records):
            return send(company, sms_records)

        with (
            patch.object(Company, "_aftersales_sms_provider_selection", provider_selection),
            patch.object(Company, "_aftersales_send_recording", send_recording, create=True),
        ):
            self.env.company.aftersales_sms_provider = "recording"
            yield


class Recorder:
    """What the recording provider was given: ``(number, body)`` of each SMS, in sending order."""

    def __init__(self, refuse=None):
        self.sent = []
        self.refuse = refuse or {}

    def __call__(self, company, sms_records):
        self.sent += [(sms.number, sms.body) for sms in sms_records if sms.number not in self.refuse]
        return {sms.id: self.refuse[sms.number] for sms in sms_records if sms.number in self.refuse}
