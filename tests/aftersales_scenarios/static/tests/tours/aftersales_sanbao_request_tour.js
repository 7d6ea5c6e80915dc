import { registry } from "@web/core/registry";

// The warranty officer opens the request waiting for a decision, reads the frozen facts and the usage
// compensation, writes the decision and approves the refund, which then waits for the general manager.
registry.category("web_tour.tours").add("aftersales_sanbao_request_tour", {
    steps: () => [
        {
            content: "The request waiting for a decision is listed",
            trigger: ".o_list_view .o_data_row .o_data_cell:contains(SBTADRJF7K1000001)",
            run: "click",
        },
        {
            content: "The facts frozen at submission show why",
            trigger: ".o_field_widget[name=facts]:contains(within 7 days)",
        },
        {
            content: "The usage compensation is computed from the price and the km driven",
            trigger: ".o_notebook a:contains(Usage Compensation)",
            run: "click",
        },
        {
            content: "150,000 x 1,200 km / 1000 x 0.5 %",
            trigger: ".o_field_widget[name=compensation]:contains(900.00)",
        },
        {
            content: "Back to the decision",
            trigger: ".o_notebook a:contains(Facts and Decision)",
            run: "click",
        },
        {
            content: "The officer writes the decision",
            trigger: ".o_field_widget[name=decision_note] textarea",
            run: "edit Gearbox replaced within 7 days of delivery: refund",
        },
        {
            content: "Approve the refund",
            trigger: ".o_form_view button[name=action_approve_refund]",
            run: "click",
        },
        {
            content: "Above the approval rule the general manager signs off next",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(To Approve)",
        },
    ],
});
