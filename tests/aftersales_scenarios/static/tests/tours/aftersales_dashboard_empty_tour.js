import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_dashboard_empty_tour", {
    steps: () => [
        {
            content: "No job in progress in this company: the figure is 0",
            trigger: ".o_aftersales_tile[data-tile=jobs_in_progress]:contains(0)",
            run: "click",
        },
        {
            content: "The empty list says what it is empty of",
            trigger: ".o_list_view .o_view_nocontent_smiling_face:contains(No repair job in progress)",
        },
        {
            content: "...with no sample rows behind it",
            trigger: ".o_list_view:not(:has(.o_view_sample_data)):not(:has(.o_data_row))",
        },
    ],
});
