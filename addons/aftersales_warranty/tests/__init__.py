from . import test_coverage
from . import test_repair_warranty
