"""The window stays responsive while 100,000 rows stream in: the longest event-loop stall
(a 5 ms timer's lateness) is measured through the real RunWorker and ResultsPanel.

The bound here is generous (a shared 2-core machine); benchmarks/bench_ui_stall.py prints the
real number against the 50 ms goal."""
import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).parents[2] / "benchmarks" / "bench_ui_stall.py"
GENEROUS_BOUND_MS = 250


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_ui_stall", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_streaming_100000_rows_never_freezes_the_window(qtbot):
    report = load_bench().measure_stall(total_rows=100_000, hours_per_page=28)
    print(f"\nlongest stall {report.max_stall_ms:.1f} ms (p99 {report.p99_stall_ms:.1f} ms) "
          f"while {report.rows:,} rows arrived in {report.pages} pages")
    assert report.rows >= 100_000
    assert report.max_stall_ms < GENEROUS_BOUND_MS
