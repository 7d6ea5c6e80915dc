from . import test_rules
from . import test_subsidy_return
from . import test_subsidy_rpc
from . import test_translations
