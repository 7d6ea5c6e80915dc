from . import test_station_target
from . import test_technician_report
