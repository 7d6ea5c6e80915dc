import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_case_sla_tour", {
    steps: () => [
        {
            content: "Not responded yet: the header shows the response deadline and the minutes left",
            trigger: ".o_form_statusbar .o_aftersales_sla[data-milestone=response]:contains(Response):contains(min left)",
        },
        {
            content: "...next to the case's SLA state",
            trigger: ".o_form_statusbar .o_aftersales_sla .badge:contains(On Track)",
        },
        {
            content: "Mark the case responded",
            trigger: ".o_form_statusbar button[name=action_mark_responded]",
            run: "click",
        },
        {
            content: "Responded: the on-site visit is what is due next",
            trigger: ".o_form_statusbar .o_aftersales_sla[data-milestone=onsite]:contains(On-Site Visit)",
        },
        {
            content: "Back to the list of cases",
            trigger: ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        {
            content: "The list shows each case's next deadline and the time left",
            trigger: ".o_list_view .o_data_row:contains(SLA tour: not responded) .o_aftersales_sla[data-milestone=response]:contains(min left)",
        },
        {
            content: "...and the on-site deadline for the case just answered",
            trigger: ".o_list_view .o_data_row:contains(SLA tour: answered) .o_aftersales_sla[data-milestone=onsite]",
        },
    ],
});
