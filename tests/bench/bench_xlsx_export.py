"""xlsx export of many rows through the shared XlsxBook (xlsxwriter constant_memory): time and memory.

.venv/bin/python tests/bench/bench_xlsx_export.py --db DB --rows 100000

Memory is Python's peak allocation while the rows are written (tracemalloc; the finished file, which
is the result, is not counted); "flat" means the peak does not grow with the number of rows: the
figure at a tenth of the rows is printed beside it.
"""

import time
import tracemalloc


def _export(rows, trace=False):
    """Seconds, peak MiB (when traced: tracing slows Python down, so time and memory are separate runs), bytes."""
    from odoo.addons.aftersales_base.tools.xlsx import XlsxBook

    book = XlsxBook()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    book.add_sheet(
        "Cases",
        ["Number", "Subject", "Reported", "Severity", "Station", "Customer", "SLA", "Stage"],
        (
            (
                f"HT{n:07d}",
                f"Case {n}",
                "2026-11-23 10:00:00",
                "major",
                f"Station {n % 50}",
                f"Customer {n}",
                "met",
                "Done",
            )
            for n in range(rows)
        ),
    )
    peak = 0
    if trace:  # working memory while the rows are written, before the finished file itself is built
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    content = book.close()
    elapsed = time.perf_counter() - started
    return elapsed, peak / 2**20, len(content)


def run(env, rows=100_000):
    elapsed, _peak, size = _export(rows)
    _time, small_peak, _size = _export(max(1, rows // 10), trace=True)
    _time, peak, _size = _export(rows, trace=True)
    yield (f"xlsx export of {rows} rows ({size / 2**20:.1f} MiB file)", elapsed, "s", 20)
    yield (f"peak Python memory writing {rows // 10} rows", small_peak, "MiB", None)
    yield (f"peak Python memory writing {rows} rows", peak, "MiB", None)
    yield ("memory growth for 10x the rows", peak / small_peak if small_peak else 0.0, "x", 2)


def main():
    from benchenv import cli

    cli(__doc__, run, rows=100_000)


if __name__ == "__main__":
    main()
