from odoo import http
from odoo.http import request

from odoo.addons.aftersales_base.controllers.portal import AftersalesPortal


class AftersalesSanbaoPortal(AftersalesPortal):
    """The customer's 三包 requests: where each stands, the decision and its certificate."""

    def _aftersales_portal_counters(self):
        return super()._aftersales_portal_counters() + [("sanbao_count", "aftersales.sanbao.request")]

    @http.route(["/my/sanbao"], type="http", auth="user", website=True)
    def portal_my_sanbao_requests(self, **kwargs):
        values = self._prepare_portal_layout_values()
        requests = request.env["aftersales.sanbao.request"].search([])
        values.update(sanbao_requests=requests.sudo(), page_name="sanbao")
        return request.render("aftersales_warranty.portal_my_sanbao_requests", values)

    @http.route(["/my/sanbao/<int:request_id>"], type="http", auth="user", website=True)
    def portal_my_sanbao_request(self, request_id, **kwargs):
        sanbao = self._aftersales_document("aftersales.sanbao.request", request_id)
        if sanbao is None:
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        values.update(sanbao=sanbao, page_name="sanbao")
        return request.render("aftersales_warranty.portal_my_sanbao_request", values)
