# Mixins first: models of this package inherit them (the guard before the mixins built on it).
from . import aftersales_workflow_guard_mixin

# isort: split
from . import aftersales_numbered_mixin
from . import aftersales_rpc_mixin

# isort: split
from . import aftersales_added_work_mixin
from . import aftersales_approval
from . import aftersales_approval_line_mixin
from . import aftersales_approval_mixin
from . import aftersales_approval_rule
from . import aftersales_capa
from . import aftersales_capa_action
from . import aftersales_dashboard
from . import aftersales_labour_class
from . import aftersales_labour_operation
from . import aftersales_labour_operation_time
from . import aftersales_odometer_reading
from . import aftersales_repair_guarantee
from . import aftersales_repair_labour
from . import aftersales_sla_rule
from . import aftersales_station_mixin
from . import aftersales_station_service
from . import aftersales_vehicle
from . import aftersales_vehicle_maintenance
from . import helpdesk_mgmt_texts
from . import helpdesk_ticket
from . import helpdesk_ticket_category
from . import helpdesk_ticket_complaint
from . import helpdesk_ticket_escalation
from . import helpdesk_ticket_sla
from . import helpdesk_ticket_web
from . import ir_actions_report
from . import product_template
from . import repair_order
from . import repair_order_pay
from . import repair_order_quality
from . import res_company
from . import res_config_settings
from . import res_partner
from . import res_users
from . import stock_lot
from . import stock_move
