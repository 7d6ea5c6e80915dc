from odoo import Command
from odoo.tests import new_test_user

DEPARTMENTS = ("marketing", "quality", "warehouse", "process", "planning")


class BatchReturnCommon:
    """One user per department (and nothing more), a dealer and two storable products."""

    @classmethod
    def _setup_batch_return(cls):
        cls.users = {
            department: new_test_user(
                cls.env,
                f"br_{department}",
                groups=f"base.group_user,aftersales_batch_return.group_batch_return_{department}",
                password=f"br_{department}-password",
            )
            for department in DEPARTMENTS
        }
        cls.dealer = cls.env["res.partner"].create({"name": "经销商 BR-Test", "is_company": True})
        cls.headlamp, cls.motor = cls.env["product.product"].create(
            [
                {"name": "BR headlamp", "type": "consu", "is_storable": True},
                {"name": "BR wiper motor", "type": "consu", "is_storable": True},
            ]
        )

    @classmethod
    def _new_batch(cls, lines=((None, 10), (None, 4)), **values):
        products = (cls.headlamp, cls.motor)
        commands = [
            Command.create({"product_id": (product or products[index]).id, "quantity": quantity})
            for index, (product, quantity) in enumerate(lines)
        ]
        values = {"partner_id": cls.dealer.id, "reason": "灯罩起雾", "line_ids": commands, **values}
        return cls.env["aftersales.batch.return"].with_user(cls.users["marketing"]).create(values)

    def as_(self, department, record):
        return record.with_user(self.users[department])

    def _receipt(self, batch):
        return batch.sudo().rma_ids.reception_move_id.picking_id

    def _validate(self, pickings, department="warehouse"):
        """Validate pickings through stock as the warehouse clerk does: full quantities, then Validate."""
        pickings = pickings.with_user(self.users[department])
        for move in pickings.move_ids:
            move.quantity = move.product_uom_qty
        pickings.move_ids.picked = True
        result = pickings.button_validate()
        self.assertIs(result, True)
