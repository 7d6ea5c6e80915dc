from . import aftersales_added_work_mixin
from . import aftersales_approval_rule
from . import aftersales_vehicle
from . import aftersales_warranty
from . import aftersales_warranty_exclusion
from . import aftersales_warranty_policy
from . import repair_order
