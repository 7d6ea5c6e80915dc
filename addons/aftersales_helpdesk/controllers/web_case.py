from odoo import http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request


class AftersalesWebCase(http.Controller):
    """Public web form: anybody reports a problem. The model decides whose case it is; this only tells it
    who is logged in and where the request comes from."""

    @http.route(["/aftersales/case"], type="http", auth="public", methods=["GET"], website=True)
    def web_case_form(self, **kwargs):
        values = dict(kwargs)
        user = request.env.user
        if not user._is_public():
            # A customer logged in (e.g. booking from their portal) need not type who they are again.
            partner = user.partner_id
            for field in ("name", "email", "phone"):
                values.setdefault(field, partner[field] or "")
        return request.render("aftersales_helpdesk.web_case_form", {"values": values, "error": None})

    @http.route(["/aftersales/case"], type="http", auth="public", methods=["POST"], website=True)
    def web_case_submit(self, **post):
        Ticket = request.env["helpdesk.ticket"].sudo()
        user = request.env.user
        author = request.env["res.partner"] if user._is_public() else user.partner_id
        try:
            # A refusal leaves nothing behind, although the page answering it is committed.
            with request.env.cr.savepoint():
                ticket = Ticket._create_from_web_form(
                    post, author=author.sudo(), remote_addr=request.httprequest.remote_addr
                )
        except (UserError, ValidationError) as error:
            return request.render("aftersales_helpdesk.web_case_form", {"values": post, "error": error.args[0]})
        return request.render("aftersales_helpdesk.web_case_thanks", {"ticket": ticket})

    @http.route(["/aftersales/case/<int:ticket_id>/confirm"], type="http", auth="public", methods=["GET"], website=True)
    def web_case_confirm_ask(self, ticket_id, token=None, **kwargs):
        """The link mailed to a possible customer asks first: mail scanners open links, people click buttons."""
        ticket = request.env["helpdesk.ticket"].sudo().browse(ticket_id).exists()
        if not (ticket and ticket._aftersales_confirmable_by_token(token)):
            return request.render("aftersales_helpdesk.web_case_confirm_refused", {})
        if ticket.partner_id:
            return request.render("aftersales_helpdesk.web_case_confirmed", {"ticket": ticket})
        return request.render("aftersales_helpdesk.web_case_confirm_ask", {"ticket": ticket, "token": token})

    @http.route(
        ["/aftersales/case/<int:ticket_id>/confirm"], type="http", auth="public", methods=["POST"], website=True
    )
    def web_case_confirm(self, ticket_id, token=None, **kwargs):
        """The customer says yes: the case's token attaches the case to them."""
        ticket = request.env["helpdesk.ticket"].sudo().browse(ticket_id).exists()
        confirmed = bool(ticket) and ticket._aftersales_confirm_by_token(token)
        template = (
            "aftersales_helpdesk.web_case_confirmed" if confirmed else "aftersales_helpdesk.web_case_confirm_refused"
        )
        return request.render(template, {"ticket": ticket if confirmed else None})
