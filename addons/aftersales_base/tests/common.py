import subprocess
from contextlib import contextmanager

from odoo.tests import TransactionCase, new_test_user


class AftersalesCase(TransactionCase):
    """Two stations, a serial-tracked vehicle model and a call-centre agent, shared by the base tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.model = cls.env["product.product"].create(
            {
                "name": "Test Sedan",
                "is_storable": True,
                "tracking": "serial",
                "aftersales_is_vehicle": True,
                "aftersales_maintenance_months": 6,
                "aftersales_maintenance_km": 5000,
            }
        )
        cls.owner = cls.env["res.partner"].create({"name": "Owner"})
        cls.station_a, cls.station_b = cls.env["res.partner"].create(
            [
                {"name": "Station A", "is_service_station": True, "station_code": "TA1", "is_company": True},
                {"name": "Station B", "is_service_station": True, "station_code": "TB2", "is_company": True},
            ]
        )
        cls.agent = new_test_user(cls.env, "agent", groups="aftersales_base.group_aftersales_user")

    @classmethod
    def _vehicle(cls, vin, **vals):
        return cls.env["aftersales.vehicle"].create(
            {"vin": vin, "product_id": cls.model.id, "partner_id": cls.owner.id, **vals}
        )

    @contextmanager
    def assertRaisesMessage(self, exception, fragment):
        """assertRaises (which rolls back to a savepoint, unlike assertRaisesRegex) plus a check of the message."""
        with self.assertRaises(exception) as caught:
            yield caught
        self.assertIn(fragment, str(caught.exception))


def perform_queued_jobs(env, method_name):
    """Run the pending OCA queue jobs of ``method_name`` as the job runner would (in this transaction);
    returns how many ran."""
    from odoo.addons.queue_job.job import Job

    records = env["queue.job"].search([("method_name", "=", method_name), ("state", "=", "pending")], order="id")
    for record in records:
        job = Job.load(env, record.uuid)
        job.set_started()
        job.set_done(result=job.perform())
        job.store()
    return len(records)


def pdf_text(env, report, records):
    """The PDF users get for ``records`` (rendered by wkhtmltopdf, as printing does outside tests) read
    back as text by ``pdftotext`` (Debian poppler-utils): a label printed without its font, or a field
    left off the paper, is missing from the text. ``report`` is the report's XML id or name."""
    pdf, _format = (
        env["ir.actions.report"].with_context(force_report_rendering=True)._render_qweb_pdf(report, records.ids)
    )
    assert pdf.startswith(b"%PDF"), "not a PDF"
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return result.stdout.decode()
