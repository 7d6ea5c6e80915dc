from datetime import timedelta

from odoo import api, fields, models

from ..tools.coverage import coverage_end, coverage_end_km, decide


class AftersalesVehicle(models.Model):
    _inherit = "aftersales.vehicle"

    acceptance_date = fields.Date(
        tracking=True, help="Customer signed the acceptance report; warranties may start the day after."
    )
    warranty_ids = fields.One2many("aftersales.warranty", "vehicle_id", string="Warranties")

    def _warranty_start(self, policy):
        if policy.start_event == "sale":
            return self.sale_date
        if policy.start_event == "acceptance":
            return self.acceptance_date and self.acceptance_date + timedelta(days=1)
        return self.delivery_date

    def action_generate_warranties(self):
        """Create or update the coverage of every matching policy (not the key-part restarts)."""
        policies = self.env["aftersales.warranty.policy"].search([])
        existing = {
            (w.vehicle_id.id, w.policy_id.id): w
            for w in self.env["aftersales.warranty"].search(
                [("vehicle_id", "in", self.ids), ("replaced_on_repair_id", "=", False)]
            )
        }
        to_create = []
        for vehicle in self:
            for policy in policies.filtered(
                lambda p, v=vehicle: p.company_id == v.company_id and p._applies_to_model(v.product_id)
            ):
                start = vehicle._warranty_start(policy)
                if not start:
                    continue
                values = {
                    "start_date": start,
                    "end_date": coverage_end(start, policy.months),
                    "start_km": 0,
                    "end_km": coverage_end_km(0, policy.distance_km) or 0,
                }
                warranty = existing.get((vehicle.id, policy.id))
                if warranty:
                    warranty.write(values)
                else:
                    to_create.append(dict(values, vehicle_id=vehicle.id, policy_id=policy.id))
        self.env["aftersales.warranty"].create(to_create)
        return True

    @api.model_create_multi
    def create(self, vals_list):
        vehicles = super().create(vals_list)
        vehicles.filtered(lambda v: v.sale_date or v.delivery_date or v.acceptance_date).action_generate_warranties()
        return vehicles

    def write(self, vals):
        result = super().write(vals)
        if {"sale_date", "delivery_date", "acceptance_date", "product_id"} & set(vals):
            self.action_generate_warranties()
        return result

    def _warranty_coverages(self):
        """Plain coverage values per vehicle, read in one go for a batch of vehicles."""
        warranties = self.env["aftersales.warranty"].search([("vehicle_id", "in", self.ids)])
        # Read what the decision needs for the whole batch at once.
        warranties.policy_id.fetch(["part_ids", "exclusion_ids", "parts_pct", "labour_pct"])
        warranties.policy_id.exclusion_ids.fetch(["code"])
        by_vehicle = {vehicle.id: [] for vehicle in self}
        for warranty in warranties:
            by_vehicle[warranty.vehicle_id.id].append(warranty._as_coverage())
        return by_vehicle

    def get_warranty_coverage(self, product, on_date, odometer, exclusion_code=None):
        """Is ``product`` (a part, or False for labour / the whole vehicle) covered on ``on_date`` at ``odometer``?

        Returns ``covered``, ``reason`` (covered / expired_date / expired_distance / excluded / no_policy),
        ``warranty_id``, ``parts_pct`` and ``labour_pct``.
        """
        self.ensure_one()
        product_id = product.id if hasattr(product, "id") else product
        return decide(
            self._warranty_coverages()[self.id], product_id, fields.Date.to_date(on_date), odometer, exclusion_code
        )
