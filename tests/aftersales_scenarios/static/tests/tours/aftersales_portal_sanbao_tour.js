import { registry } from "@web/core/registry";

// The customer follows their 三包 request from the portal home to its decision and certificate.
registry.category("web_tour.tours").add("aftersales_portal_sanbao_tour", {
    url: "/my",
    steps: () => [
        {
            content: "The portal home lists the customer's 三包 requests",
            trigger: "a[href='/my/sanbao']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Both requests are listed; the customer opens the decided one",
            trigger: "tbody:has(tr:contains(Submitted)) tr:contains(Refund Approved) a",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The decision, the refund less the compensation and the certificate are shown",
            trigger: "#sanbao_decision:contains(Gearbox fault not cleared after two repairs):contains(89,190.00) a.o_aftersales_sanbao_certificate",
        },
    ],
});
