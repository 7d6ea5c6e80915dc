# Pure repair rules (the repair-quality guarantee, old-part due dates), free of the ORM.
from . import old_part
from . import repair_guarantee
