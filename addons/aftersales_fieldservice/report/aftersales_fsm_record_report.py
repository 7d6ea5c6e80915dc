from odoo import api, models


class ReportAftersalesFsmRecord(models.AbstractModel):
    """The record's paper for whoever may read the record. A customer on the portal may read their own
    signed record but not the engineers, locations, vehicles and parts it prints: once their access to the
    record is checked, these are read as superuser."""

    _name = "report.aftersales_fieldservice.report_aftersales_fsm_record"
    _description = "On-Site Work Record Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["aftersales.fsm.record"].browse(docids)
        docs.check_access("read")
        return {"doc_ids": docids, "doc_model": docs._name, "docs": docs.sudo(), "data": data}
