from . import res_company
from . import res_config_settings
from . import aftersales_training_course
from . import aftersales_training_session
from . import aftersales_training_attendee
from . import aftersales_vehicle
from . import aftersales_dashboard
