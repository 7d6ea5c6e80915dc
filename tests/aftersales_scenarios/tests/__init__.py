from . import test_bad_input
from . import test_bench_smoke
from . import test_dashboard
from . import test_portal
from . import test_query_counts
from . import test_roles
from . import test_tours
from . import test_translations
