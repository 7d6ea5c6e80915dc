import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_part_request_tour", {
    steps: () => [
        {
            content: "New part request",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Add a part",
            trigger: ".o_field_widget[name=line_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Choose the part",
            trigger: ".o_field_widget[name=line_ids] .o_data_row .o_field_widget[name=product_id] input",
            run: "edit Tour brake disc",
        },
        {
            content: "Pick it from the list",
            trigger: ".o-autocomplete--dropdown-menu .dropdown-item:contains(Tour brake disc)",
            run: "click",
        },
        {
            content: "Submit for approval",
            trigger: ".o_form_view button[name=action_submit]",
            run: "click",
        },
        {
            content: "Waiting for the deputy general manager",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(To Approve)",
        },
    ],
});

registry.category("web_tour.tours").add("aftersales_part_approval_tour", {
    steps: () => [
        {
            content: "The manager approves",
            trigger: ".o_form_view button[name=action_approve]",
            run: "click",
        },
        {
            content: "Approved",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Approved), .o_statusbar_status .o_arrow_button_current:contains(Done)",
        },
    ],
});
