from odoo import http
from odoo.addons.helpdesk_mgmt.controllers.myaccount import CustomerPortalHelpdesk
from odoo.http import request


class AftersalesHelpdeskPortal(CustomerPortalHelpdesk):
    """The labels helpdesk_mgmt gives the search bar of /my/tickets in Python, in the customer's language:
    Odoo reads their translation in helpdesk_mgmt's own files only, and it ships no Chinese."""

    def _aftersales_field_label(self, field_name):
        return request.env["helpdesk.ticket"]._fields[field_name]._description_string(request.env)

    def _ticket_get_searchbar_sortings(self):
        sortings = super()._ticket_get_searchbar_sortings()
        labels = {
            "date": request.env._("Newest"),
            "name": self._aftersales_field_label("name"),
            "stage": self._aftersales_field_label("stage_id"),
            "update": self._aftersales_field_label("last_stage_update"),
        }
        for key, sorting in sortings.items():
            sorting["label"] = labels.get(key, sorting["label"])
        return sortings

    def _ticket_get_searchbar_groupby(self):
        groupbys = super()._ticket_get_searchbar_groupby()
        labels = {
            "none": request.env._("None"),
            "category": self._aftersales_field_label("category_id"),
            "stage": self._aftersales_field_label("stage_id"),
        }
        for key, groupby in groupbys.items():
            groupby["label"] = labels.get(key, groupby["label"])
        return groupbys

    def _ticket_get_searchbar_inputs(self):
        inputs = super()._ticket_get_searchbar_inputs()
        labels = {
            "all": request.env._("Search in All"),
            "number": request.env._("Search in Number"),
            "name": request.env._("Search in Title"),
        }
        for key, search_input in inputs.items():
            search_input["label"] = labels.get(key, search_input["label"])
        return inputs

    @http.route()
    def portal_my_tickets(self, *args, **kwargs):
        response = super().portal_my_tickets(*args, **kwargs)
        # The "All" filter is built inside the route; the page is rendered once the route returns.
        filters = getattr(response, "qcontext", {}).get("searchbar_filters", {})
        if "all" in filters:
            filters["all"]["label"] = request.env._("All")
        return response
