from . import test_maintenance_schedule
from . import test_maintenance_plan
from . import test_maintenance_plan_rpc
from . import test_maintenance_plan_tour
