from odoo import http
from odoo.http import request


class AftersalesWebCase(http.Controller):
    """Public web form: anybody reports a problem; the case finds the customer by email or phone."""

    @http.route(["/aftersales/case"], type="http", auth="public", methods=["GET"], website=True)
    def web_case_form(self, **kwargs):
        return request.render("aftersales_base.web_case_form", {"values": kwargs, "error": None})

    @http.route(["/aftersales/case"], type="http", auth="public", methods=["POST"], website=True)
    def web_case_submit(self, **post):
        Ticket = request.env["helpdesk.ticket"].sudo()
        try:
            ticket = Ticket._create_from_web_form(post)
        except ValueError as error:
            return request.render("aftersales_base.web_case_form", {"values": post, "error": str(error)})
        return request.render("aftersales_base.web_case_thanks", {"ticket": ticket})
