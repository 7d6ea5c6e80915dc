from odoo import models


class AccountMove(models.Model):
    _inherit = "account.move"

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        self._aftersales_release_settlements(posted.reversed_entry_id)
        return posted

    def button_cancel(self):
        result = super().button_cancel()
        self._aftersales_release_settlements(self)
        return result

    def _aftersales_release_settlements(self, moves):
        """A settlement whose entry is reversed by a credit note, or cancelled, gives its claims back."""
        if not moves:
            return
        settlements = (
            self.env["aftersales.warranty.settlement"]
            .sudo()
            .search([("move_id", "in", moves.ids), ("claim_ids", "!=", False)])
        )
        settlements.filtered(lambda s: s.move_id.state == "cancel" or s.move_id.payment_state == "reversed")._release()
