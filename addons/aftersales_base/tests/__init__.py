from . import (
    test_maintenance,
    test_odometer,
    test_rules,
    test_station_access,
    test_ui,
    test_vehicle,
    test_vehicle_import,
)
