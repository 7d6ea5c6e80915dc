# Pure warranty rules, free of the ORM.
from . import claims
from . import coverage
from . import sanbao
from . import quality
