import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_call_intake_tour", {
    steps: () => [
        {
            content: "Open the Cases menu",
            trigger: ".o_menu_sections button:contains(Cases)",
            run: "click",
        },
        {
            content: "A call comes in: new case from a call",
            trigger: ".dropdown-item:contains(New Case from a Call)",
            run: "click",
        },
        {
            content: "The cursor waits in the caller number",
            trigger: ".modal .o_field_widget[name=phone] input:focus",
        },
        {
            content: "Type the caller's number as it shows on the phone",
            trigger: ".modal .o_field_widget[name=phone] input",
            run: "edit 010-6588 4321",
        },
        {
            content: "What is wrong",
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Engine does not start",
        },
        {
            content: "The caller's open case shows before anything is saved",
            trigger: ".modal .o_field_widget[name=open_ticket_ids] .o_data_row:contains(Brakes squeal since Monday)",
        },
        {
            content: "The caller is recognised",
            trigger: ".modal .o_field_widget[name=matching_partner_ids] .o_tag:contains(Tour Caller)",
        },
        {
            content: "Create the case",
            trigger: ".modal button[name=action_create_case]",
            run: "click",
        },
        {
            content: "The case is open, for the caller",
            trigger: ".o_form_view .o_field_widget[name=partner_id] input:value(Tour Caller)",
        },
        {
            content: "Back to the cases (the form saves on the way)",
            trigger: ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        {
            content: "The new case is in the list",
            trigger: ".o_list_view .o_data_row:contains(Engine does not start)",
        },
    ],
});
