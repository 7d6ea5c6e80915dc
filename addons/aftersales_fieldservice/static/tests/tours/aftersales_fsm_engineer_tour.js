import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_fsm_engineer_tour", {
    steps: () => [
        {
            content: "Open today's order from the engineer's cards",
            trigger: ".o_kanban_record:contains(TOUR-FSM-1)",
            run: "click",
        },
        {
            content: "On site now",
            trigger: ".o_form_view div[name=aftersales_engineer_steps] button[name=action_aftersales_arrive]",
            run: "click",
        },
        {
            content: "Record the work",
            trigger: ".o_form_view div[name=aftersales_engineer_steps] button[name=action_aftersales_new_record]",
            run: "click",
        },
        {
            content: "What was found",
            trigger: ".o_field_widget[name=found] textarea",
            run: "edit Battery flat, terminals corroded",
        },
        {
            content: "What was done",
            trigger: ".o_field_widget[name=work_done] textarea",
            run: "edit Cleaned the terminals and charged the battery",
        },
        {
            content: "Time on site",
            trigger: ".o_field_widget[name=hours_on_site] input",
            run: "edit 1.5",
        },
        {
            content: "Save the record before the customer signs",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Signatures tab",
            trigger: ".o_form_saved .o_notebook a[name=signatures]",
            run: "click",
        },
        {
            content: "The customer's name",
            trigger: ".o_field_widget[name=signed_by] input",
            run: "edit Zhang Wei",
        },
        {
            content: "The customer signs",
            trigger: ".o_field_widget[name=customer_signature] .o_signature",
            run: "click",
        },
        {
            content: "Adopt the signature",
            trigger: ".modal .modal-footer button.btn-primary:enabled",
            run: "click",
        },
        {
            content: "Save the signed record",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The record is signed",
            trigger: ".o_form_saved .ribbon:contains(Signed)",
        },
        {
            content: "Back to the order",
            trigger: ".o_breadcrumb .o_back_button, .breadcrumb-item a:contains(TOUR-FSM-1)",
            run: "click",
        },
        {
            content: "Work done",
            trigger: ".o_form_view div[name=aftersales_engineer_steps] button[name=action_aftersales_complete]",
            run: "click",
        },
        {
            content: "The order is completed",
            trigger: ".o_form_view .o_statusbar_status .o_arrow_button_current:contains(Completed)",
        },
    ],
});
