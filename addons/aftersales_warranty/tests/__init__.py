from . import test_claim_rules
from . import test_claims
from . import test_coverage
from . import test_repair_warranty
from . import test_sanbao
from . import test_settlement_concurrency
from . import test_settlements
from . import test_quality_report
