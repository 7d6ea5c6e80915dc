# Pure case rules (SLA arithmetic), free of the ORM.
from . import sla
