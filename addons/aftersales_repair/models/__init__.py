from . import aftersales_added_work_mixin

# isort: split
from . import aftersales_dashboard
from . import aftersales_labour_class
from . import aftersales_labour_operation
from . import aftersales_labour_operation_time
from . import aftersales_old_part_return
from . import aftersales_repair_guarantee
from . import aftersales_repair_labour
from . import aftersales_vehicle
from . import helpdesk_ticket
from . import repair_order
from . import repair_order_pay
from . import repair_order_quality
from . import res_company
from . import res_config_settings
from . import stock_move
