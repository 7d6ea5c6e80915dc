from . import test_sanbao_return
from . import test_sanbao_return_rpc
