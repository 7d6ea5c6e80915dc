from . import aftersales_batch_return_stage
from . import aftersales_batch_return
from . import aftersales_batch_return_line
from . import rma
