from . import aftersales_maintenance_window
from . import fsm_recurring_template
from . import aftersales_maintenance_visit
from . import fsm_recurring
from . import fsm_order
from . import aftersales_vehicle
from . import helpdesk_ticket
