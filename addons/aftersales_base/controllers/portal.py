from odoo import http
from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.exceptions import AccessError
from odoo.exceptions import MissingError
from odoo.http import request


class AftersalesPortal(CustomerPortal):
    """The customer's vehicles and repair jobs; record rules keep each customer to their own."""

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        for counter, model in (("vehicle_count", "aftersales.vehicle"), ("repair_count", "repair.order")):
            if counter in counters:
                Model = request.env[model]
                values[counter] = Model.search_count([]) if Model.has_access("read") else 0
        return values

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

    @http.route(["/my/repairs"], type="http", auth="user", website=True)
    def portal_my_repairs(self, **kwargs):
        values = self._prepare_portal_layout_values()
        values.update(
            repairs=request.env["repair.order"].search([], order="create_date desc").sudo(), page_name="repair"
        )
        return request.render("aftersales_base.portal_my_repairs", values)

    @http.route(["/my/repairs/<int:repair_id>"], type="http", auth="user", website=True)
    def portal_my_repair(self, repair_id, **kwargs):
        repair = self._aftersales_document("repair.order", repair_id)
        if repair is None:
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        values.update(repair=repair, page_name="repair", authorised=kwargs.get("authorised"))
        return request.render("aftersales_base.portal_my_repair", values)

    @http.route(["/my/repairs/<int:repair_id>/authorise"], type="http", auth="user", methods=["POST"], website=True)
    def portal_authorise_repair(self, repair_id, **kwargs):
        """同意并授权 from the portal: the logged-in customer authorises the added work themselves."""
        repair = self._aftersales_document("repair.order", repair_id)
        if repair is None:
            return request.redirect("/my")
        repair._authorise_added_work(request.env.user.partner_id.name, "portal")
        return request.redirect(f"/my/repairs/{repair_id}?authorised=1")
