import { waitUntil } from "@odoo/hoot-dom";
import { registry } from "@web/core/registry";

// The customer opens their job from the portal home, authorises the added work and signs the work order.
registry.category("web_tour.tours").add("aftersales_portal_repair_tour", {
    url: "/my",
    steps: () => [
        {
            content: "The portal home lists the customer's repair jobs",
            trigger: "a[href='/my/repairs']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The job waits for an authorisation",
            trigger: "tr:has(.badge.text-bg-warning) a",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Each line shows who pays it, the added one to authorise",
            trigger: "#repair_lines:contains(Portal tour brakes):contains(Portal tour wipers):contains(To authorise)",
        },
        {
            content: "The customer authorises the added work",
            trigger: "button[name='authorise']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The authorisation is thanked for, the work order waits for a signature",
            trigger: ".alert-success:not(:contains(signed)) ~ .card a.o_aftersales_open_sign",
            run: "click",
        },
        {
            content: "The customer's name is filled in",
            trigger: ".modal .o_aftersales_sign_work_order .o_web_sign_name_and_signature input",
            run: "edit Portal Tour Driver",
        },
        {
            content: "The signature is drawn from the name",
            trigger: ".modal .o_aftersales_sign_work_order canvas.o_web_sign_signature",
            async run(helpers) {
                await waitUntil(() => {
                    const canvas = helpers.anchor;
                    const pixels = new Uint32Array(
                        canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data.buffer
                    );
                    return pixels.some((pixel) => pixel !== 0);
                });
            },
        },
        {
            content: "Sign",
            trigger: ".modal .o_aftersales_sign_work_order .o_portal_sign_submit:enabled",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The signature is thanked for and shown",
            trigger: ".alert-success ~ .card .o_aftersales_work_order_signed:contains(Portal Tour Driver)",
        },
    ],
});
