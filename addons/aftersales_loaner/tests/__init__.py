from . import test_loaner_rules
from . import test_loaner
from . import test_loaner_rpc
from . import test_translations
