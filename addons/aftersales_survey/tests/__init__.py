from . import test_callback_role
