# Mixins first: models of this package inherit them (the guard before the mixins built on it).
from . import aftersales_workflow_guard_mixin

# isort: split
from . import aftersales_numbered_mixin
from . import aftersales_rpc_mixin

# isort: split
from . import aftersales_approval
from . import aftersales_approval_line_mixin
from . import aftersales_approval_mixin
from . import aftersales_approval_rule
from . import aftersales_dashboard
from . import aftersales_odometer_reading
from . import aftersales_station_mixin
from . import aftersales_station_service
from . import aftersales_vehicle
from . import aftersales_vehicle_maintenance
from . import ir_actions_report
from . import product_template
from . import res_company
from . import res_config_settings
from . import res_partner
from . import res_users
from . import stock_lot
