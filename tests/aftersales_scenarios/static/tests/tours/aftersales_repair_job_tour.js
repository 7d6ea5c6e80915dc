import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_repair_job_tour", {
    steps: () => [
        {
            content: "Turn the case into a repair job",
            trigger: ".o_form_view button[name=action_create_repair]",
            run: "click",
        },
        {
            content: "The job is for the case's vehicle",
            trigger: ".o_form_view .o_field_widget[name=vehicle_id] input:value(TURADRJF7K1000002)",
        },
        {
            content: "Open the labour tab",
            trigger: ".o_notebook .nav-link:contains(Labour)",
            run: "click",
        },
        {
            content: "Add a labour line",
            trigger: ".o_field_widget[name=labour_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "What is done",
            trigger: ".o_field_widget[name=labour_ids] .o_data_row .o_field_widget[name=name] input",
            run: "edit Replace brake pads",
        },
        {
            content: "Standard hours",
            trigger: ".o_field_widget[name=labour_ids] .o_data_row .o_field_widget[name=std_hours] input",
            run: "edit 1.5",
        },
        {
            content: "A level-2 service: it leaves with a release certificate",
            trigger: ".o_field_widget[name=repair_class] select",
            run: 'select "level2"',
        },
        {
            content: "Confirm the job with the customer",
            trigger: ".o_form_view button[name=action_validate]",
            run: "click",
        },
        {
            content: "Start the repair",
            trigger: ".o_form_view button[name=action_repair_start]",
            run: "click",
        },
        {
            content: "Under repair",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Under Repair)",
        },
        {
            content: "The technician finds more work: add it",
            trigger: ".o_field_widget[name=labour_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Added work",
            trigger: ".o_field_widget[name=labour_ids] .o_data_row.o_selected_row .o_field_widget[name=name] input",
            run: "edit Replace wiper blades",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The customer must authorise it",
            trigger: ".o_form_view button[name=action_open_authorisation]",
            run: "click",
        },
        {
            content: "Record the customer's authorisation",
            trigger: ".modal button[name=action_authorise]",
            run: "click",
        },
        {
            content: "The technician's self-check",
            trigger: ".o_form_view button[name=action_self_check]",
            run: "click",
        },
        {
            content: "Final inspection",
            trigger: ".o_form_view button[name=action_open_inspection]",
            run: "click",
        },
        {
            content: "Passed",
            trigger: ".modal .o_field_widget[name=result] input[data-value=passed]",
            run: "click",
        },
        {
            content: "Record the inspection",
            trigger: ".modal button[name=action_record]",
            run: "click",
        },
        {
            content: "The release certificate is numbered",
            trigger: ".o_form_view .o_field_widget[name=release_number] span:not(:empty)",
        },
        {
            content: "Finish the repair",
            trigger: ".o_form_view button[name=action_repair_end]:visible",
            run: "click",
        },
        {
            content: "Repaired",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Repaired)",
        },
    ],
});
