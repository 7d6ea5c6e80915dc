from . import aftersales_repair_authorisation
from . import aftersales_repair_inspection
from . import aftersales_repair_sign
