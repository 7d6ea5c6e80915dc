from odoo import models


class IrActionsReport(models.Model):
    """A paper that certifies something is printed only when what it certifies is true, whichever way
    it is asked for (button, Print menu, URL, RPC): the records' ``_aftersales_check_printable()``."""

    _inherit = "ir.actions.report"

    def _get_rendering_context(self, report, docids, data):
        if report.model and docids:
            records = self.env[report.model].browse(docids)
            if hasattr(records, "_aftersales_check_printable"):
                records._aftersales_check_printable(report.report_name)
        return super()._get_rendering_context(report, docids, data)
