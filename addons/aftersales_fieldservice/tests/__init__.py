from . import test_fsm_sla
from . import test_fsm_order
from . import test_fsm_record
from . import test_fsm_rpc
from . import test_fsm_tour
from . import test_translations
from . import test_portal
