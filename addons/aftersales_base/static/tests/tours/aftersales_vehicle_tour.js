import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("aftersales_vehicle_tour", {
    steps: () => [
        {
            content: "Register a new vehicle",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Type the VIN in lower case, as people do",
            trigger: ".o_field_widget[name=vin] input",
            run: "edit tstadrjf7k1009999",
        },
        {
            content: "Plate",
            trigger: ".o_field_widget[name=license_plate] input",
            run: "edit 京B·TOUR1",
        },
        {
            content: "Odometer",
            trigger: ".o_field_widget[name=odometer] input",
            run: "edit 1500",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The VIN is stored upper-case",
            trigger: ".o_form_saved .o_field_widget[name=vin] input:value(TSTADRJF7K1009999)",
        },
    ],
});
