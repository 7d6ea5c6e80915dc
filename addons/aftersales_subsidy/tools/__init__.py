# Pure subsidy rules, free of the ORM.
from . import subsidy
