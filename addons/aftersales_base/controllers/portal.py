from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class AftersalesPortal(CustomerPortal):
    """The customer's vehicles; record rules keep each customer to their own."""

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        for counter, model in self._aftersales_portal_counters():
            if counter in counters:
                Model = request.env[model]
                values[counter] = Model.search_count([]) if Model.has_access("read") else 0
        return values

    def _aftersales_portal_counters(self):
        """(counter, model) of the documents listed on the portal home; addons add theirs."""
        return [("vehicle_count", "aftersales.vehicle")]

    def _aftersales_document(self, model, record_id):
        """The record as superuser once the user may read it, else ``None``."""
        try:
            return self._document_check_access(model, record_id)
        except (AccessError, MissingError):
            return None

    @http.route(["/my/vehicles"], type="http", auth="user", website=True)
    def portal_my_vehicles(self, **kwargs):
        values = self._prepare_portal_layout_values()
        values.update(vehicles=request.env["aftersales.vehicle"].search([]).sudo(), page_name="vehicle")
        return request.render("aftersales_base.portal_my_vehicles", values)

    @http.route(["/my/vehicles/<int:vehicle_id>"], type="http", auth="user", website=True)
    def portal_my_vehicle(self, vehicle_id, **kwargs):
        vehicle = self._aftersales_document("aftersales.vehicle", vehicle_id)
        if vehicle is None:
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        values.update(vehicle=vehicle, page_name="vehicle")
        return request.render("aftersales_base.portal_my_vehicle", values)
