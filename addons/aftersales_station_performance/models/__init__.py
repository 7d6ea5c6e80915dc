from . import res_company
from . import res_config_settings
from . import aftersales_station_target
from . import aftersales_technician_report
