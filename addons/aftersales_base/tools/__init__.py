# Pure business rules, free of the ORM so that tests and models share one source of truth.
from . import maintenance, phone, sla, vin, xlsx
