from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.aftersales_base.tools.workflow import workflow_writes

# Claim line type -> the settlement product that carries its total on the invoice or bill.
LINE_PRODUCTS = {"labour": "labour", "part": "part", "travel": "other", "other": "other"}


class AftersalesWarrantySettlement(models.Model):
    """Posting a settlement to accounting, and taking it back with a credit note."""

    _inherit = "aftersales.warranty.settlement"

    def _settlement_journal(self):
        company = self.company_id
        if self.direction == "station":
            journal, journal_type = company.aftersales_settlement_purchase_journal_id, "purchase"
        else:
            journal, journal_type = company.aftersales_settlement_sale_journal_id, "sale"
        journal = journal or self.env["account.journal"].search(
            [("type", "=", journal_type), *self.env["account.journal"]._check_company_domain(company)], limit=1
        )
        if not journal:
            raise UserError(self.env._("Set up a %(type)s journal to post warranty settlements.", type=journal_type))
        return journal

    def _settlement_product(self, kind):
        product = self.company_id[f"aftersales_claim_{kind}_product_id"] or self.env.ref(
            f"aftersales_warranty.product_claim_{kind}", raise_if_not_found=False
        )
        if not product:
            raise UserError(self.env._("Choose the settlement products in the warranty settings."))
        return product

    def _company_tz(self):
        """The time zone of the settlement's company (its address), else the user's."""
        return self.company_id.partner_id.tz or self.env.user.tz

    def _company_today(self):
        """Today for the company: after 16:00 UTC it is already tomorrow in Beijing, and so are its bills."""
        return fields.Date.context_today(self.with_context(tz=self._company_tz()))

    def _prepare_move_values(self):
        """One invoice line per kind of cost (labour, parts, other) and one for the deductions; dated today."""
        totals = {}
        for line in self.claim_ids.line_ids:
            kind = LINE_PRODUCTS[line.line_type]
            totals[kind] = totals.get(kind, 0.0) + line.amount_approved
        invoice_lines = [(self._settlement_product(kind), amount) for kind, amount in sorted(totals.items()) if amount]
        if self.amount_deductions:
            invoice_lines.append((self._settlement_product("deduction"), -self.amount_deductions))
        return {
            "move_type": "in_invoice" if self.direction == "station" else "out_invoice",
            "partner_id": self.partner_id.id,
            "journal_id": self._settlement_journal().id,
            "invoice_date": self._company_today(),
            "ref": self.name,
            "invoice_origin": self.name,
            "company_id": self.company_id.id,
            "narration": ", ".join(self.claim_ids.mapped("name")),
            "invoice_line_ids": [
                fields.Command.create(
                    {
                        "product_id": product.id,
                        # In the partner's language, as Odoo labels the lines of a bill or an invoice.
                        "name": f"{product.with_context(lang=self.partner_id.lang).display_name} "
                        f"({self.date_from} - {self.date_to})",
                        "quantity": 1.0,
                        "price_unit": amount,
                        "tax_ids": [fields.Command.clear()],
                    }
                )
                for product, amount in invoice_lines
            ],
        }

    def _workflow_fields(self):
        return dict(
            super()._workflow_fields(),
            move_id=self.env._("Post"),
            released_claim_ids=self.env._("Reverse (a credit note)"),
        )

    def action_post(self):
        """Post the settlement: its claims become settled and its journal entry awaits payment."""
        for settlement in self:
            if settlement.move_id:
                raise UserError(self.env._("%(settlement)s is already posted.", settlement=settlement.name))
            if not settlement.claim_ids:
                raise UserError(self.env._("%(settlement)s has no claims to settle.", settlement=settlement.name))
            settlement._lock_claims(settlement.claim_ids)
            if settlement.amount_total <= 0:
                raise UserError(
                    self.env._(
                        "The deductions (%(deductions).2f) of %(settlement)s are not less than its claims "
                        "(%(claims).2f): wait for more claims before settling.",
                        deductions=settlement.amount_deductions,
                        settlement=settlement.name,
                        claims=settlement.amount_claims,
                    )
                )
        # Created in the company's time zone: the due date (without payment terms, "today") and the
        # accounting date follow the bill's date instead of the server's or the user's day.
        created = {}
        for tz, settlements in self.grouped(lambda settlement: settlement._company_tz()).items():
            moves = (
                self.env["account.move"]
                .with_context(tz=tz)
                .create([settlement._prepare_move_values() for settlement in settlements])
            )
            created.update(zip(settlements, moves, strict=True))
        moves = self.env["account.move"].union(*(created[settlement] for settlement in self))
        moves.action_post()
        for settlement, move in zip(self, moves, strict=True):
            with workflow_writes():
                settlement.move_id = move
            settlement.message_post(body=self.env._("Posted as %(move)s.", move=move._get_html_link()))
        self.claim_ids.sudo().write({"state": "settled"})
        return True

    def action_reverse(self):
        """Take the settlement back with a credit note; its claims and deductions become free again."""
        for settlement in self:
            if settlement.state not in ("posted",):
                raise UserError(
                    self.env._(
                        "Only a posted, unpaid settlement is reversed here (%(settlement)s); "
                        "unreconcile its payments first.",
                        settlement=settlement.name,
                    )
                )
        for settlement in self:
            today, move = settlement._company_today(), settlement.move_id
            move.with_context(tz=settlement._company_tz())._reverse_moves(
                [{"ref": self.env._("Reversal of %(ref)s", ref=move.ref), "date": today, "invoice_date": today}],
                cancel=True,
            )
        return True

    def _release(self):
        """The entry is reversed or cancelled: its claims can be settled again, the record stays."""
        for settlement in self:
            claims = settlement.claim_ids
            with workflow_writes():
                settlement.write({"released_claim_ids": [fields.Command.link(claim.id) for claim in claims]})
            claims._release_from_settlement()
            settlement.deduction_line_ids.sudo().deduction_settlement_id = False
            settlement.message_post(body=self.env._("Reversed: %(count)s claims released.", count=len(claims)))

    def action_open_move(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": self.move_id.id,
            "view_mode": "form",
        }
