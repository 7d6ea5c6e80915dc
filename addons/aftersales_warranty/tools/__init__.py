# Pure warranty rules, free of the ORM.
from . import coverage
from . import sanbao
