from . import aftersales_added_work_mixin

# isort: split
from . import aftersales_approval_rule
from . import aftersales_dashboard
from . import aftersales_labour_class
from . import aftersales_labour_operation
from . import aftersales_labour_operation_time
from . import aftersales_old_part_return
from . import aftersales_repair_guarantee
from . import aftersales_repair_labour
from . import aftersales_service_budget
from . import aftersales_signed_paper
from . import aftersales_vehicle
from . import helpdesk_ticket
from . import repair_order
from . import repair_order_budget
from . import repair_order_pay
from . import repair_order_quality
from . import repair_order_work_order
from . import res_company
from . import res_config_settings
from . import stock_move
