from . import test_rules
from . import test_batch_return
from . import test_batch_return_rpc
from . import test_translations
