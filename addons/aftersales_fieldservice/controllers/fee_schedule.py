from odoo import http
from odoo.http import request


class AftersalesFeeSchedule(http.Controller):
    """收费标准公示: the field-service fee schedule, public, before anybody calls an engineer out."""

    @http.route(["/aftersales/fee-schedule"], type="http", auth="public", methods=["GET"], website=True)
    def fee_schedule(self, **kwargs):
        rules = request.env["aftersales.fsm.fee.rule"]._published_rules(request.env.company)
        return request.render("aftersales_fieldservice.fee_schedule_page", {"rules": rules})
