from . import aftersales_fsm_sla_rule
from . import aftersales_fsm_fee_rule
from . import aftersales_fsm_fee_line
from . import aftersales_fsm_record
from . import aftersales_fsm_record_part
from . import fsm_order
from . import helpdesk_ticket
from . import aftersales_vehicle
