from . import aftersales_loaner
from . import aftersales_loaner_loan
from . import repair_order
from . import aftersales_vehicle
from . import helpdesk_ticket
