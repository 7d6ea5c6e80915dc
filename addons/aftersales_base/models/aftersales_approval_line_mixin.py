from odoo import api, models


class AftersalesApprovalLineMixin(models.AbstractModel):
    """Lines of a document needing approval: changing them sends the document back to draft.

    Set ``_approval_parent_field`` (the document) and ``_approval_line_fields`` (what matters).
    """

    _name = "aftersales.approval.line.mixin"
    _description = "Line of a Document Needing Approval"
    _approval_parent_field = None
    _approval_line_fields = ()

    def _approval_documents(self):
        return self[self._approval_parent_field]

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._approval_documents()._approval_reset()
        return lines

    def write(self, vals):
        result = super().write(vals)
        if set(self._approval_line_fields) & set(vals):
            self._approval_documents()._approval_reset()
        return result

    def unlink(self):
        documents = self._approval_documents()
        result = super().unlink()
        documents._approval_reset()
        return result
