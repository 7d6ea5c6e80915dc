from . import test_case_escalation
from . import test_case_intake
from . import test_case_sla
from . import test_complaint_capa
from . import test_service_report
from . import test_sla_jobs
