# Pure repair rules (the repair-quality guarantee), free of the ORM.
from . import repair_guarantee
