from . import helpdesk_portal
from . import web_case
