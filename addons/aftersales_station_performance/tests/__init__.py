from . import test_station_target
