import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_maintenance_plan_tour", {
    steps: () => [
        {
            content: "New plan from the Maintenance Plans list",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "The preventive maintenance template is preset",
            trigger: ".o_field_widget[name=fsm_recurring_template_id] input:value(预防性维护保养计划（月/季/年）)",
        },
        {
            content: "Choose the vehicle",
            trigger: ".o_field_widget[name=vehicle_id] input",
            run: "edit TXURPLANJF7K10001",
        },
        {
            content: "Pick it",
            trigger: ".o-autocomplete--dropdown-item a:contains(TXURPLANJF7K10001)",
            run: "click",
        },
        {
            content: "Its owner's service location follows",
            trigger: ".o_field_widget[name=location_id] input:value(巡检客户 车间)",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Start the plan (开始)",
            trigger: ".o_form_saved .o_statusbar_buttons button[name=action_start]:contains(开始)",
            run: "click",
        },
        {
            content: "A year of visits: twelve, monthly visits and quarterly inspections among them",
            trigger: ".o_field_widget[name=visit_ids] .o_data_row:nth-child(12):contains(年度全面测试)",
        },
        {
            content: "Monthly visits are listed in Chinese",
            trigger: ".o_field_widget[name=visit_ids] .o_data_row:first:contains(月度巡检)",
        },
        {
            content: "Open the visits",
            trigger: ".oe_stat_button[name=action_aftersales_view_visits]:contains(12)",
            run: "click",
        },
        {
            content: "The visits list",
            trigger: ".o_list_view .o_data_row:contains(季度巡检)",
        },
    ],
});
