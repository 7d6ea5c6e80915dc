from odoo import http
from odoo.http import request

from odoo.addons.helpdesk_mgmt.controllers.myaccount import CustomerPortalHelpdesk


class AftersalesHelpdeskPortal(CustomerPortalHelpdesk):
    """The labels helpdesk_mgmt gives the search bar of /my/tickets in Python, in the customer's language:
    Odoo reads their translation in helpdesk_mgmt's own files only, and it ships no Chinese."""

    def _aftersales_field_label(self, field_name):
        return request.env["helpdesk.ticket"]._fields[field_name]._description_string(request.env)

    @staticmethod
    def _aftersales_relabel(entries, labels):
        """Give the search bar's entries (``{key: {"label": ...}}``) our labels where we have one."""
        for key, entry in entries.items():
            entry["label"] = labels.get(key, entry["label"])
        return entries

    def _ticket_get_searchbar_sortings(self):
        sortings = super()._ticket_get_searchbar_sortings()
        labels = {
            "date": request.env._("Newest"),
            "name": self._aftersales_field_label("name"),
            "stage": self._aftersales_field_label("stage_id"),
            "update": self._aftersales_field_label("last_stage_update"),
        }
        return self._aftersales_relabel(sortings, labels)

    def _ticket_get_searchbar_groupby(self):
        groupbys = super()._ticket_get_searchbar_groupby()
        labels = {
            "none": request.env._("None"),
            "category": self._aftersales_field_label("category_id"),
            "stage": self._aftersales_field_label("stage_id"),
        }
        return self._aftersales_relabel(groupbys, labels)

    def _ticket_get_searchbar_inputs(self):
        inputs = super()._ticket_get_searchbar_inputs()
        labels = {
            "all": request.env._("Search in All"),
            "number": request.env._("Search in Number"),
            "name": request.env._("Search in Title"),
        }
        return self._aftersales_relabel(inputs, labels)

    @http.route()
    def portal_my_tickets(self, *args, **kwargs):
        response = super().portal_my_tickets(*args, **kwargs)
        # The "All" filter is built inside the route; the page is rendered once the route returns.
        filters = getattr(response, "qcontext", {}).get("searchbar_filters", {})
        self._aftersales_relabel(filters, {"all": request.env._("All")})
        return response
