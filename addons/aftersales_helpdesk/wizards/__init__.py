from . import aftersales_call_intake
from . import aftersales_service_report
