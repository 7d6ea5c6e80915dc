import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_fsm_portal_tour", {
    steps: () => [
        {
            content: "The customer opens their field service orders from their portal home",
            trigger: ".o_portal_docs a[href='/my/fsm_orders']",
            run: "click",
        },
        {
            content: "Open the visit",
            trigger: "a[href^='/my/fsm_order/']:contains(TOUR-PORTAL-1)",
            run: "click",
        },
        {
            content: "The signed on-site record is listed with its PDF",
            trigger:
                "#aftersales_fsm_records tr:contains(Replaced the starter relay) a[href^='/report/pdf/aftersales_fieldservice.report_aftersales_fsm_record/']",
        },
        {
            content: "The unsigned draft is not shown",
            trigger: "#aftersales_fsm_records:not(:contains(Draft still being written))",
        },
        {
            content: "The visit's fees are shown, with the link to the published schedule",
            trigger: "#aftersales_fsm_fees tr:contains(Travel, city):contains(50.00)",
        },
        {
            content: "Open the published fee schedule",
            trigger: "#aftersales_fsm_fees a[href='/aftersales/fee-schedule']",
            run: "click",
        },
        {
            content: "The schedule lists the fee by zone",
            trigger: ".o_aftersales_fee_schedule tr:contains(Travel, city):contains(50.00)",
        },
    ],
});
