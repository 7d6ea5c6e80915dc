from . import aftersales_approval_reject
from . import portal_wizard
