import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_campaign_portal_tour", {
    steps: () => [
        {
            content: "The owner's vehicle page shows the open recall in red",
            trigger: "#vehicle_campaigns:contains(Portal brake recall):contains(Hoses may chafe.)",
        },
        {
            content: "Book the free visit",
            trigger: "#vehicle_campaigns a.o_campaign_book",
            run: "click",
        },
        {
            content: "The case form comes with the VIN filled in",
            trigger: "form[action='/aftersales/case'] input#vin[value='PRCLDRJF7K1000001']",
        },
        {
            content: "and the campaign as the subject",
            trigger: "input#subject[value^='Portal brake recall']",
        },
        {
            content: "The owner gives a phone number",
            trigger: "input#phone",
            run: "edit 13800138000",
        },
        {
            content: "and says when they can come",
            trigger: "textarea#description",
            run: "edit Tuesday morning suits me.",
        },
        {
            content: "Send",
            trigger: "form[action='/aftersales/case'] button[type=submit]",
            run: "click",
        },
        {
            content: "The booking is a case with its number",
            trigger: "h2:contains(Thank you)",
        },
    ],
});
