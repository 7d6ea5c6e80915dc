from . import aftersales_vehicle

# isort: split
from . import aftersales_campaign
from . import aftersales_capa
from . import aftersales_campaign_part
from . import aftersales_campaign_vehicle
from . import helpdesk_ticket
from . import repair_order
from . import aftersales_warranty_claim
from . import aftersales_added_work_mixin
