from . import test_callback_concurrency
from . import test_callback_link
from . import test_callback_role
from . import test_callback_rules
from . import test_callbacks
from . import test_questionnaire_return
from . import test_questionnaire_side_effects
