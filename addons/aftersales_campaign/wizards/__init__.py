from . import aftersales_call_intake
