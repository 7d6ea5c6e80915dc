from . import aftersales_fsm_record_report
