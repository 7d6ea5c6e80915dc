import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_warranty_claim_tour", {
    steps: () => [
        {
            content: "Check the warranty of every line of the job",
            trigger: ".o_form_view button[name=action_check_warranty]",
            run: "click",
        },
        {
            content: "The labour is covered",
            trigger: ".o-mail-Message-body:contains(Warranty checked)",
        },
        {
            content: "Claim the warranty lines",
            trigger: ".o_form_view button[name=action_create_warranty_claim]",
            run: "click",
        },
        {
            content: "Submit the claim",
            trigger: ".o_form_view button[name=action_submit]",
            run: "click",
        },
        {
            content: "Under review by the warranty office",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Under Review)",
        },
        {
            content: "Approve it as assessed",
            trigger: ".o_form_view button[name=action_assess]",
            run: "click",
        },
        {
            content: "Approved",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Approved)",
        },
    ],
});

registry.category("web_tour.tours").add("aftersales_settlement_tour", {
    steps: () => [
        {
            content: "New settlement",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "For the station",
            trigger: ".o_field_widget[name=partner_id] input",
            run: "edit Tour Station",
        },
        {
            content: "Pick it",
            trigger: ".o-autocomplete--dropdown-menu .dropdown-item:contains(Tour Station)",
            run: "click",
        },
        {
            content: "From the first of the month",
            trigger: ".o_field_widget[name=date_from] input",
            run: "edit 01/01/2020",
        },
        {
            content: "Collect the approved claims",
            trigger: ".o_form_view button[name=action_collect]",
            run: "click",
        },
        {
            content: "The claim is in",
            trigger: ".o_field_widget[name=claim_ids] .o_data_row",
        },
        {
            content: "Post the bill",
            trigger: ".o_form_view button[name=action_post]",
            run: "click",
        },
        {
            content: "Posted",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Posted)",
        },
        {
            content: "Open the bill",
            trigger: ".o_form_view button[name=action_open_move]",
            run: "click",
        },
        {
            content: "Register the payment",
            trigger: ".o_form_view button[name=action_register_payment]:visible",
            run: "click",
        },
        {
            content: "Create the payment",
            trigger: ".modal button[name=action_create_payments]",
            run: "click",
        },
        {
            content: "The payment is registered",
            trigger: "body:not(:has(.modal)) .o_form_view .o_form_saved",
        },
    ],
});
