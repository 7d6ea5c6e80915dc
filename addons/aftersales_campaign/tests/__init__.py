from . import test_vin_list
from . import test_campaign
