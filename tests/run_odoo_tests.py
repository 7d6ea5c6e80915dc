"""Run Odoo's test runner in-process and print one closing line ``N passed, N failed``.

Odoo's own exit code says whether something failed, not how many tests ran. Running the server
in this process lets us read its test report, fail the run when a test was skipped (Odoo skips
browser tours silently when Chromium or websocket-client is missing) or when an error was logged
outside any test, and print the count the CI reads.

Usage: run_odoo_tests.py EXTRA_CHECKS_PASSED EXTRA_CHECKS_FAILED -- <odoo-bin arguments>
"""

import logging
import sys


class _ErrorCounter(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.count = 0

    def emit(self, record):
        # Odoo's own summary of failed tests is logged as an error too: it is not a new one.
        if record.name != "odoo.tests.result" and not record.getMessage().startswith("At least one test failed"):
            self.count += 1


def main(argv):
    sep = argv.index("--")
    extra_passed, extra_failed = (int(x) for x in argv[1:sep])
    odoo_args = argv[sep + 1 :]

    import odoo
    from odoo.cli.server import main as server_main
    from odoo.modules.registry import Registry

    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)
    try:
        server_main(odoo_args)
        rc = 0
    except SystemExit as exc:
        rc = exc.code or 0
    logging.getLogger().removeHandler(counter)

    dbname = odoo.tools.config["db_name"]
    registry = Registry.registries.get(dbname) if dbname else None
    report = registry and registry._assertion_report
    ran = report.testsRun if report else 0
    failed = (report.failures_count + report.errors_count) if report else 0
    skipped = report.skipped if report else 0
    problems = []
    if rc:
        problems.append(f"Odoo exited with code {rc}")
    if not ran:
        problems.append("no test ran")
    if skipped:
        problems.append(f"{skipped} test(s) skipped (a browser tour needs chromium and websocket-client)")
    if counter.count > failed:
        problems.append(f"{counter.count - failed} error(s) logged outside the tests")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    # Skips and stray errors count as failures: the run must not pass when something did not run.
    failed_total = failed + skipped + extra_failed + (1 if problems and not (failed or skipped) else 0)
    passed_total = ran - failed - skipped + extra_passed
    sys.stdout.flush()
    print(f"{passed_total} passed, {failed_total} failed", flush=True)
    return 1 if (problems or failed_total) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
