from . import test_training_rules
from . import test_training
from . import test_training_rpc
from . import test_training_tour
