# Pure callback rules, free of the ORM.
from . import callback
