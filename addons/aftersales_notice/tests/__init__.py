from . import test_delivery_notice
from . import test_maintenance_notice
from . import test_settings_rpc
from . import test_sms_provider
