from . import test_approval_concurrency
from . import test_approval_rpc
from . import test_exit_pass
from . import test_part_request
