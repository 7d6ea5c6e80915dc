import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_training_tour", {
    steps: () => [
        {
            content: "Plan a session",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "The course",
            trigger: ".o_field_widget[name=course_id] input",
            run: "edit 叉车操作",
        },
        {
            content: "Pick it",
            trigger: ".o-autocomplete--dropdown-item a:contains(叉车操作培训)",
            run: "click",
        },
        {
            content: "The vehicle handed over",
            trigger: ".o_field_widget[name=vehicle_id] input",
            run: "edit TXAZNJF7K10000012",
        },
        {
            content: "Pick it",
            trigger: ".o-autocomplete--dropdown-item a:contains(TXAZNJF7K10000012)",
            run: "click",
        },
        {
            content: "Add an attendee (添加行)",
            trigger: ".o_field_widget[name=attendee_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "The operator",
            trigger: ".o_field_widget[name=attendee_ids] .o_selected_row .o_field_widget[name=partner_id] input",
            run: "edit 赵刚",
        },
        {
            content: "Pick him",
            trigger: ".o-autocomplete--dropdown-item a:contains(赵刚)",
            run: "click",
        },
        {
            content: "His score",
            trigger: ".o_field_widget[name=attendee_ids] .o_selected_row .o_field_widget[name=score] input",
            run: "edit 88",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The session took place (完成)",
            trigger: ".o_form_saved .o_statusbar_buttons button[name=action_done]:contains(完成)",
            run: "click",
        },
        {
            content: "He passed (合格)",
            trigger: ".o_field_widget[name=attendee_ids] .o_data_row:contains(赵刚) .o_field_widget[name=result]:contains(合格)",
        },
    ],
});
