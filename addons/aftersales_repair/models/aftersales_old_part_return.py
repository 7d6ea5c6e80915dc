from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..tools.old_part import old_part_overdue

RETURN_STATES = [("waiting", "Waiting"), ("returned", "Returned"), ("cancel", "Cancelled")]
QA_RESULTS = [("accepted", "Accepted"), ("rejected", "Not Accepted")]


class AftersalesOldPartReturn(models.Model):
    """旧件返厂: one replaced part that must come back to the factory by a date, and whether it has.

    Created once per part of a repair job, whatever asks for it (a part request, a warranty claim or
    both): the receipt, the quality result, the overdue flag and the settlement deductions all read it.
    """

    _name = "aftersales.old.part.return"
    _description = "Old-Part Return"
    _inherit = ["mail.thread", "aftersales.rpc.mixin"]
    _order = "due_date, id"
    _check_company_auto = True
    _rec_name = "product_id"

    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    partner_id = fields.Many2one(
        "res.partner", string="Returned By", readonly=True, index=True, help="The station or dealer sending it back."
    )
    repair_id = fields.Many2one(
        "repair.order", string="Repair Job", readonly=True, index="btree_not_null", check_company=True
    )
    product_id = fields.Many2one("product.product", string="Part", required=True, readonly=True)
    quantity = fields.Float(default=1.0, readonly=True, digits="Product Unit of Measure")
    due_date = fields.Date(string="Due", required=True, index=True, tracking=True)
    move_ids = fields.One2many("stock.move", "aftersales_old_part_return_id", string="Receipt Moves", readonly=True)
    move_id = fields.Many2one(
        "stock.move", compute="_compute_move_id", store=True, string="Receipt", index="btree_not_null"
    )
    picking_id = fields.Many2one(related="move_id.picking_id", string="Receipt Transfer")
    state = fields.Selection(
        RETURN_STATES, compute="_compute_state", store=True, index=True, tracking=True, string="Status"
    )
    overdue = fields.Boolean(compute="_compute_overdue", search="_search_overdue")
    qa_result = fields.Selection(QA_RESULTS, string="Quality Result", copy=False, tracking=True)
    origin = fields.Char(string="Asked By", readonly=True, help="The documents that asked for this part back.")

    @api.depends("move_ids")
    def _compute_move_id(self):
        """The receipt move that brings the part back (created with the return, pointing at it)."""
        for part in self:
            part.move_id = part.move_ids[:1]

    @api.depends("move_id.state")
    def _compute_state(self):
        for part in self:
            state = part.move_id.state
            part.state = "returned" if state == "done" else "cancel" if state == "cancel" else "waiting"

    @api.depends("due_date", "state")
    @api.depends_context("date")
    def _compute_overdue(self):
        for part in self:
            part.overdue = part._is_overdue()

    def _is_overdue(self):
        """Read fresh by the documents that show it (a cached ``overdue`` may be of another day)."""
        today = fields.Date.context_today(self)
        return any(
            part.state != "cancel" and old_part_overdue(part.due_date, part.state == "returned", today) for part in self
        )

    def _search_overdue(self, operator, value):
        overdue = [("due_date", "<", fields.Date.context_today(self)), ("state", "=", "waiting")]
        positive = (operator == "=") == bool(value)
        return overdue if positive else ["!", "&", *overdue]

    def _workflow_fields(self):
        asked = self.env._("a part request or a warranty claim asking the part back")
        return dict(
            super()._workflow_fields(),
            company_id=asked,
            partner_id=asked,
            repair_id=asked,
            product_id=asked,
            quantity=asked,
            due_date=asked,
            move_id=asked,
            move_ids=asked,
            origin=asked,
        )

    def _aftersales_check_printable(self, report_name):
        """The return slip (表12 退库单) records a part received back: none before it arrives."""
        waiting = self.filtered(lambda part: part.state != "returned")
        if waiting:
            raise UserError(
                self.env._(
                    "%(parts)s has not come back yet: the return slip is printed once the part is received.",
                    parts=", ".join(waiting.mapped("display_name")),
                )
            )

    @api.model
    def _request(self, company, partner, origin, parts):
        """Have ``parts`` ((product, quantity, repair job or empty) triples) brought back, each once.

        A part of a job already asked back (by a part request, a warranty claim) keeps its return and
        due date; the others come on one new confirmed receipt, due in the company's old-part return
        days. Returns the returns, one per part, in order.
        """
        repairs = self.env["repair.order"].union(*(repair for _product, _quantity, repair in parts))
        pending = {
            (part.repair_id.id, part.product_id.id): part
            for part in self.sudo().search([("repair_id", "in", repairs.ids), ("state", "!=", "cancel")], order="id")
        }
        found = [pending.get((repair.id, product.id)) if repair else None for product, _quantity, repair in parts]
        for part in {part for part in found if part and origin not in (part.origin or "")}:
            part.sudo().origin = f"{part.origin}, {origin}" if part.origin else origin
        new = [index for index, part in enumerate(found) if not part]
        if new:
            due = fields.Date.context_today(self) + timedelta(days=company.aftersales_old_part_days)
            created = self.sudo().create(
                [
                    {
                        "company_id": company.id,
                        "partner_id": partner.id,
                        "repair_id": parts[index][2].id,
                        "product_id": parts[index][0].id,
                        "quantity": parts[index][1],
                        "due_date": due,
                        "origin": origin,
                    }
                    for index in new
                ]
            )
            created._create_receipt(company, partner, origin, due)
            for index, part in zip(new, created, strict=True):
                found[index] = part
        return self.browse([part.id for part in found])

    @api.model
    def _ask_back(self, lines, company, partner, origin, repair):
        """Ask back the parts of ``lines`` (part-request or claim lines: ``product_id``, ``quantity``,
        ``return_id``) for ``repair`` and link each line to its return."""
        returns = self._request(company, partner, origin, [(line.product_id, line.quantity, repair) for line in lines])
        for part, line in zip(returns, lines, strict=True):
            line.sudo().return_id = part
        return returns

    def _create_receipt(self, company, partner, origin, due):
        """One confirmed receipt bringing these parts to the old-part inspection location by ``due``."""
        warehouse = self.env["stock.warehouse"].search([("company_id", "=", company.id)], limit=1)
        destination = (
            company.aftersales_old_part_location_id
            or self.env.ref("aftersales_repair.location_old_parts", raise_if_not_found=False)
            or warehouse.lot_stock_id
        )
        source = self.env.ref("stock.stock_location_customers")
        picking = (
            self.env["stock.picking"]
            .sudo()
            .create(
                {
                    "picking_type_id": warehouse.in_type_id.id,
                    "partner_id": partner.id,
                    "origin": origin,
                    "location_id": source.id,
                    "location_dest_id": destination.id,
                    "scheduled_date": fields.Datetime.to_datetime(due),
                    "company_id": company.id,
                    "move_ids": [
                        fields.Command.create(
                            {
                                "name": part.product_id.display_name,
                                "product_id": part.product_id.id,
                                "product_uom_qty": part.quantity,
                                "product_uom": part.product_id.uom_id.id,
                                "location_id": source.id,
                                "location_dest_id": destination.id,
                                "aftersales_old_part_return_id": part.id,
                            }
                        )
                        for part in self
                    ],
                }
            )
        )
        picking.action_confirm()

    def action_view_receipt(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.picking",
            "res_id": self.picking_id.id,
            "view_mode": "form",
        }
