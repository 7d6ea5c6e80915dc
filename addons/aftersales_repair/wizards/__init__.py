from . import aftersales_repair_authorisation
from . import aftersales_repair_inspection
