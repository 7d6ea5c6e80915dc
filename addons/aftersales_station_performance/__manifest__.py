# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "After-Sales Station Performance",
    "summary": "Monthly targets per service station (000#18, 003) and their achievement: output (产值), jobs "
    "finished (进厂台次), CSI from callbacks, complaints and comebacks; the CSI rule and complaint penalty points "
    "shown, not applied to pay; technicians' punctuality, comebacks, hours sold and callback results",
    "version": "18.0.1.1.0",
    "category": "After-Sales",
    "website": "https://github.com/aftersales/aftersales",
    "author": "After-Sales Team",
    "maintainers": ["aftersales-team"],
    "development_status": "Beta",
    "license": "AGPL-3",
    # aftersales_repair: the jobs' stored output; aftersales_survey: CSI from the callbacks (and cases, complaints).
    "depends": ["aftersales_repair", "aftersales_survey"],
    "data": [
        "security/aftersales_station_performance_security.xml",
        "security/ir.model.access.csv",
        "views/aftersales_station_target_views.xml",
        "views/aftersales_technician_report_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": ["demo/aftersales_station_target_demo.xml"],
}
