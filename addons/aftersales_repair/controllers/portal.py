from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.aftersales_base.controllers.portal import AftersalesPortal


class AftersalesRepairPortal(AftersalesPortal):
    """The customer's repair jobs, and the added work they authorise online."""

    def _aftersales_portal_counters(self):
        return super()._aftersales_portal_counters() + [("repair_count", "repair.order")]

    @http.route(["/my/repairs"], type="http", auth="user", website=True)
    def portal_my_repairs(self, **kwargs):
        values = self._prepare_portal_layout_values()
        values.update(
            repairs=request.env["repair.order"].search([], order="create_date desc").sudo(), page_name="repair"
        )
        return request.render("aftersales_repair.portal_my_repairs", values)

    @http.route(["/my/repairs/<int:repair_id>"], type="http", auth="user", website=True)
    def portal_my_repair(self, repair_id, **kwargs):
        repair = self._aftersales_document("repair.order", repair_id)
        if repair is None:
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        values.update(
            repair=repair, page_name="repair", authorised=kwargs.get("authorised"), signed=kwargs.get("signed")
        )
        return request.render("aftersales_repair.portal_my_repair", values)

    @http.route(["/my/repairs/<int:repair_id>/authorise"], type="http", auth="user", methods=["POST"], website=True)
    def portal_authorise_repair(self, repair_id, **kwargs):
        """同意并授权 from the portal: the logged-in customer authorises the added work themselves."""
        repair = self._aftersales_document("repair.order", repair_id)
        if repair is None:
            return request.redirect("/my")
        repair._authorise_added_work(request.env.user.partner_id.name, "portal")
        return request.redirect(f"/my/repairs/{repair_id}?authorised=1")

    @http.route(["/my/repairs/<int:repair_id>/sign"], type="json", auth="user", website=True)
    def portal_sign_work_order(self, repair_id, name=None, signature=None, **kwargs):
        """The customer signs the work order (委托书) on the portal, with Odoo's signature form."""
        repair = self._aftersales_document("repair.order", repair_id)
        if repair is None:
            return {"error": request.env._("This repair job is not yours to sign.")}
        if not repair._aftersales_portal_can_sign():
            return {"error": request.env._("This work order is not waiting for your signature.")}
        try:
            repair._aftersales_sign("work_order", signature, name, channel="portal")
        except UserError as error:
            return {"error": str(error)}
        return {"force_refresh": True, "redirect_url": f"/my/repairs/{repair_id}?signed=1"}
