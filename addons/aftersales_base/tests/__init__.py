from . import test_maintenance
from . import test_odometer
from . import test_odometer_concurrency
from . import test_rules
from . import test_station_access
from . import test_ui
from . import test_vehicle
from . import test_vehicle_import
