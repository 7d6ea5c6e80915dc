from . import (
    test_case_escalation,
    test_case_intake,
    test_case_sla,
    test_complaint_capa,
    test_maintenance,
    test_odometer,
    test_rules,
    test_service_report,
    test_station_access,
    test_ui,
    test_vehicle,
    test_vehicle_import,
)
