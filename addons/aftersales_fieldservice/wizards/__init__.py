from . import aftersales_fsm_reschedule
