import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_dashboard_tour", {
    steps: () => [
        {
            content: "The dashboard shows the parts waiting for approval",
            trigger: ".o_aftersales_dashboard .o_aftersales_tile[data-tile=parts_to_approve]",
            run: "click",
        },
        {
            content: "The figure opens the part requests behind it",
            trigger: ".o_list_view .o_breadcrumb:contains(Parts waiting for approval)",
        },
        {
            content: "Back to the dashboard",
            trigger: ".o_breadcrumb .breadcrumb-item a",
            run: "click",
        },
        {
            content: "The callback figures are there, with their targets",
            trigger: ".o_aftersales_tile[data-tile=satisfaction_rate]:contains(Target)",
        },
    ],
});
