# Pure business rules, free of the ORM so that tests and models share one source of truth.
from . import locking
from . import jobs
from . import maintenance
from . import phone
from . import vin
from . import workflow
from . import xlsx
