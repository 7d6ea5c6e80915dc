import base64

from odoo import api, fields, models
from odoo.exceptions import UserError

SIGNED_PAPERS = [
    ("reception", "Reception Sheet"),
    ("work_order", "Work Order"),
]
SIGNING_CHANNELS = [("tablet", "Adviser's Tablet"), ("portal", "Customer Portal")]


class AftersalesSignedPaper(models.Model):
    """One signature of a paper by the customer, with the PDF exactly as it was signed.

    A signed paper never changes: the job may change after it, and then the customer signs again, which
    adds a new version beside the old ones (the old PDF stays as it was)."""

    _name = "aftersales.signed.paper"
    _description = "Signed Paper"
    _order = "repair_id, paper, version desc"

    repair_id = fields.Many2one("repair.order", string="Repair Job", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="repair_id.company_id", store=True)
    station_id = fields.Many2one(related="repair_id.station_id", store=True)
    paper = fields.Selection(SIGNED_PAPERS, required=True)
    version = fields.Integer(required=True, default=1)
    signature = fields.Binary(required=True, attachment=True)
    signed_by = fields.Char(required=True)
    signed_on = fields.Datetime(required=True, default=fields.Datetime.now)
    channel = fields.Selection(SIGNING_CHANNELS, required=True, default="tablet")
    fingerprint = fields.Char(help="What the paper said when it was signed, to tell whether the job changed since.")
    attachment_id = fields.Many2one("ir.attachment", string="Signed PDF", readonly=True)
    is_current = fields.Boolean(
        string="Current", compute="_compute_is_current", help="The latest signed version of this paper."
    )

    _sql_constraints = [
        ("version_uniq", "unique(repair_id, paper, version)", "This version of the paper is already signed."),
    ]

    @api.depends("repair_id.signed_paper_ids.version")
    def _compute_is_current(self):
        for signed in self:
            versions = signed.repair_id.signed_paper_ids.filtered(lambda p, s=signed: p.paper == s.paper)
            signed.is_current = signed.version == max(versions.mapped("version"), default=0)

    def write(self, vals):
        # The one write a signed paper gets: its own PDF, attached once, right after it is signed.
        if set(vals) != {"attachment_id"} or any(self.mapped("attachment_id")):
            raise UserError(self.env._("A signed paper cannot change: have the customer sign a new version."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        """Gone only with its repair job (which Odoo deletes only as a draft or cancelled)."""
        raise UserError(self.env._("A signed paper cannot be deleted: it is the customer's signature."))

    @api.model
    def _sign(self, repair, paper, signature, signed_by, channel="tablet"):
        """Record the customer's signature of ``paper`` for ``repair`` as its next version, with the PDF as
        printed at that moment stored beside it."""
        report = repair._aftersales_paper_report(paper)
        previous = repair.signed_paper_ids.filtered(lambda p: p.paper == paper)
        signed = self.sudo().create(
            {
                "repair_id": repair.id,
                "paper": paper,
                "version": max(previous.mapped("version"), default=0) + 1,
                "signature": signature,
                "signed_by": signed_by,
                "channel": channel,
                "fingerprint": repair._aftersales_paper_fingerprint(paper),
            }
        )
        pdf, _format = self.env["ir.actions.report"].sudo()._render_qweb_pdf(report, repair.ids)
        label = dict(self._fields["paper"]._description_selection(self.env))[paper]
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": f"{label} {repair.name} v{signed.version}.pdf",
                    "datas": base64.b64encode(pdf),
                    "mimetype": "application/pdf",
                    "res_model": self._name,
                    "res_id": signed.id,
                }
            )
        )
        signed.attachment_id = attachment
        return signed
