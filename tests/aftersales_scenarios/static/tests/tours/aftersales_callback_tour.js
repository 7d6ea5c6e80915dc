import { registry } from "@web/core/registry";

const ITEMS = ["Structure and performance", "Appearance quality", "Delivery date", "Price", "After-sales service"];

registry.category("web_tour.tours").add("aftersales_callback_tour", {
    steps: () => [
        {
            content: "On the phone with the customer: fill the questionnaire",
            trigger: ".o_form_view button[name=action_fill_survey]",
            run: "click",
        },
        {
            content: "Start",
            trigger: "button.btn:contains(Start)",
            run: "click",
        },
        ...ITEMS.map((item) => ({
            content: `The customer is very satisfied with: ${item}`,
            trigger: `div.js_question-wrapper:contains(${item}) label:contains(Very satisfied)`,
            run: "click",
        })),
        {
            content: "Submit the answers",
            trigger: "button[value=finish]",
            run: "click",
        },
        {
            content: "Done",
            trigger: "h1:contains(Thank you)",
        },
        {
            content: "Back to the callback the agent came from",
            trigger: "a.o_aftersales_back_to_callback",
            run: "click",
        },
        {
            content: "The callback is done: the satisfied answers closed it",
            trigger: ".o_form_view .o_statusbar_status button[aria-checked=true]:contains(Done)",
        },
    ],
});
