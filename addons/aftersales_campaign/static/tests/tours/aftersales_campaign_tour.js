import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_campaign_tour", {
    steps: () => [
        {
            content: "The job of an affected vehicle warns of the open recall, in red",
            trigger: ".o_form_view .alert-danger:contains(该车有未完成的活动)",
        },
        {
            content: "Add the campaign's work in one click",
            trigger: ".o_form_view .alert-danger button[name=action_add_campaign_work]",
            run: "click",
        },
        {
            content: "Open the labour tab",
            trigger: ".o_notebook .nav-link[name=labour]",
            run: "click",
        },
        {
            content: "The campaign's labour is on the job",
            trigger: ".o_field_widget[name=labour_ids] .o_data_row:contains(更换制动软管)",
        },
        {
            content: "The warning stays until the job is finished",
            trigger: ".o_form_view .alert-danger:contains(该车有未完成的活动)",
        },
    ],
});
