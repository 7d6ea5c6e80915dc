from . import aftersales_sanbao_request
from . import aftersales_vehicle
from . import rma
