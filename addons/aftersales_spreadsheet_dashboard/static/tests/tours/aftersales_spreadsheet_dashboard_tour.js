import { registry } from "@web/core/registry";

/** Chart.js charts of the open dashboard that have been drawn with data (scorecards and gauges are not
 * Chart.js). */
function drawnCharts() {
    const canvases = document.querySelectorAll(
        ".o_spreadsheet_dashboard_action canvas.o-figure-canvas:not(.o-scorecard):not(.o-gauge-chart)"
    );
    return [...canvases]
        .map((canvas) => window.Chart?.getChart(canvas))
        .filter((chart) => chart?.data.datasets.some((dataset) => dataset.data.length));
}

/** Waits (up to 10 s, as a trigger does) until a chart of the dashboard is drawn with its data. */
async function assertChartDrawn(dashboard) {
    for (let attempt = 0; attempt < 50; attempt++) {
        if (drawnCharts().length) {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${dashboard}: no chart drawn with data`);
}

function openDashboard(name) {
    return [
        {
            content: `Open the ${name} dashboard`,
            trigger: `.o_spreadsheet_dashboard_search_panel li[data-name="${name}"]`,
            run: "click",
        },
        {
            content: `${name}: loaded, no error`,
            trigger: `.o_spreadsheet_dashboard_search_panel li.active[data-name="${name}"]`,
        },
        {
            content: `${name}: its charts are drawn`,
            trigger: ".o_spreadsheet_dashboard_action .o-figure canvas.o-scorecard",
            run: () => assertChartDrawn(name),
        },
    ];
}

registry.category("web_tour.tours").add("aftersales_spreadsheet_dashboard_tour", {
    steps: () => [
        {
            content: "The service dashboard opens from After-Sales > Reporting",
            trigger: '.o_spreadsheet_dashboard_search_panel li.active[data-name="服务"]',
        },
        {
            content: "Filtered by period, company and service station",
            trigger: '.o-filter-value input[placeholder*="服务站"]',
        },
        {
            content: "Scorecards against the previous period",
            trigger: ".o_spreadsheet_dashboard_action .o-figure canvas.o-scorecard",
            run: () => assertChartDrawn("服务"),
        },
        ...openDashboard("保修"),
        ...openDashboard("满意度"),
        {
            content: "No dashboard failed to load",
            trigger: ".o_spreadsheet_dashboard_action:not(:has(.dashboard-loading-status.error))",
        },
    ],
});
