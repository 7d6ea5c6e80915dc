from . import aftersales_sanbao_reopen
from . import aftersales_warranty_cost_report
from . import aftersales_warranty_override
from . import aftersales_warranty_quality_report
