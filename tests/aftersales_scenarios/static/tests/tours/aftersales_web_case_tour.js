import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_web_case_tour", {
    steps: () => [
        {
            content: "The form asks for what it needs before sending anything",
            trigger:
                "form[action='/aftersales/case']" +
                ":has(input#name[required][maxlength='100'])" +
                ":has(input#phone[maxlength='32'])" +
                ":has(input#subject[required][maxlength='200'])" +
                ":has(textarea#description[required][maxlength='10000'])",
        },
        {
            content: "A visitor types their name",
            trigger: "input#name",
            run: "edit Tour Visitor",
        },
        {
            content: "and a number that is no phone number",
            trigger: "input#phone",
            run: "edit 12",
        },
        {
            content: "The subject",
            trigger: "input#subject",
            run: "edit Wipers stopped",
        },
        {
            content: "What happened, in the text area",
            trigger: "textarea#description",
            run: "edit The wipers stopped in the rain",
        },
        {
            content: "Send",
            trigger: "form[action='/aftersales/case'] button[type=submit]",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The form says what is wrong and keeps what was typed",
            trigger: ".alert-danger:contains(is not a phone number we can call)",
        },
        {
            content: "The description is still in the text area",
            trigger: "textarea#description:value(The wipers stopped in the rain)",
        },
        {
            content: "The name is kept too",
            trigger: "input#name:value(Tour Visitor)",
        },
        {
            content: "Correct the phone number",
            trigger: "input#phone",
            run: "edit 010-6599 1234",
        },
        {
            content: "Send again",
            trigger: "form[action='/aftersales/case'] button[type=submit]",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Thank you, with the case number",
            trigger: "h2:contains(Thank you) ~ p:contains(Your case number is) strong",
        },
    ],
});
