from . import test_repair_job
from . import test_vehicle_history
from . import test_old_part_return
from . import test_signed_papers
