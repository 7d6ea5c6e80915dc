from . import aftersales_subsidy
from . import account_move
from . import rma
