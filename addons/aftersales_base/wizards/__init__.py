from . import aftersales_call_intake, aftersales_service_report
