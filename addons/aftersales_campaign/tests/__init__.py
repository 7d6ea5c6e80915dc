from . import test_vin_list
from . import test_campaign
from . import test_campaign_tour
