from . import test_coverage
from . import test_repair_warranty
from . import test_sanbao
