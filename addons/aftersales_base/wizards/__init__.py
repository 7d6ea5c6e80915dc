from . import aftersales_approval_reject
from . import aftersales_call_intake
from . import aftersales_repair_authorisation
from . import aftersales_repair_inspection
from . import aftersales_service_report
from . import portal_wizard
