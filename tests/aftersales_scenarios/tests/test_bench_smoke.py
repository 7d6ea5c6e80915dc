import importlib
import logging
import os
import sys

from odoo.tests import TransactionCase, tagged

_logger = logging.getLogger(__name__)
BENCH_DIR = os.path.join(os.path.dirname(__file__), os.pardir, os.pardir, "bench")

# Each benchmark at a small size: it must still run (its figures are printed, not judged here).
SMOKE = {
    "bench_ticket_create": {"tickets": 50},
    "bench_warranty_decision": {"lines": 40, "lines_per_job": 20},
    "bench_settlement": {"claims": 30, "partners": 2},
    "bench_kpi_reports": {"tickets": 2000},
    "bench_xlsx_export": {"rows": 2000},
    "bench_caller_lookup": {"partners": 200, "lookups": 20},
    "bench_sla_refresh": {"tickets": 60, "batch_size": 25},
    "bench_maintenance_plans": {"plans": 40},
    "bench_spreadsheet_dashboards": {"tickets": 200, "jobs": 50, "claims": 50, "callbacks": 50},
    "bench_campaign": {"vehicles": 300, "lookups": 5},
}


@tagged("post_install", "-at_install")
class TestBenchmarkSmoke(TransactionCase):
    """tests/bench at small sizes, so that a change breaking a benchmark shows up in CI."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        path = os.path.abspath(BENCH_DIR)
        if path not in sys.path:
            sys.path.insert(0, path)

    def test_every_benchmark_runs(self):
        for name, sizes in SMOKE.items():
            with self.subTest(benchmark=name):
                module = importlib.import_module(name)
                benchenv = importlib.import_module("benchenv")
                figures = list(module.run(self.env, **sizes))
                self.assertTrue(figures)
                for figure in figures:
                    self.assertIsInstance(figure[1], float | int, figure)
                    _logger.info("smoke %s", benchenv.line(*figure))
