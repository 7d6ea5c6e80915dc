from odoo.tests import TransactionCase, new_test_user


class PartsCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.requester = new_test_user(cls.env, "requester", groups="aftersales_parts.group_aftersales_parts")
        cls.deputy = new_test_user(cls.env, "deputy", groups="aftersales_base.group_aftersales_approver_deputy")
        cls.gm = new_test_user(cls.env, "gm", groups="aftersales_base.group_aftersales_approver_gm")
        cls.customer = cls.env["res.partner"].create({"name": "Parts Customer", "email": "customer@example.com"})
        cls.part = cls.env["product.product"].create(
            {"name": "Brake disc", "is_storable": True, "standard_price": 100.0}
        )
        cls.cheap_part = cls.env["product.product"].create(
            {"name": "Clip", "is_storable": True, "standard_price": 10.0}
        )
        cls.stock = cls.env.ref("stock.warehouse0").lot_stock_id

    @classmethod
    def _stock(cls, product, quantity):
        cls.env["stock.quant"]._update_available_quantity(product, cls.stock, quantity)

    def _request(self, amount=None, lines=None, **vals):
        """A request by the parts officer; ``amount`` makes one line of the brake disc at that unit cost."""
        lines = lines or [{"product_id": self.part.id, "quantity": 1, "unit_cost": amount}]
        return (
            self.env["aftersales.part.request"]
            .with_user(self.requester)
            .create({"partner_id": self.customer.id, "line_ids": [(0, 0, line) for line in lines], **vals})
        )
