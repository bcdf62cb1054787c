"""The window stays responsive while 100,000 rows stream in: through the real RunWorker and
ResultsPanel, rows are delivered and merged in time-boxed slices, and the event loop turns
between any two slices, whatever the page size.

The clock is a fake one that reads 4 ms later at every look, so the slices come out the same on
any machine, loaded or not. The real stalls are measured by benchmarks/bench_ui_stall.py
against the 50 ms goal."""
import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from engagement_desktop.gui.results import results_panel
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.gui.run.run_worker import RunWorker

BENCH = Path(__file__).parents[2] / "benchmarks" / "bench_ui_stall.py"
STEP_S = 0.004  # what the fake clock advances at every look


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_ui_stall", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


class SteppingClock:
    """Reads STEP_S later every time it is read: work "takes" as long as it looks at the clock."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        self.now += STEP_S
        return self.now


def stream(qtbot, hours_per_page: int) -> tuple[ResultsPanel, list[int]]:
    """Run the benchmark's stand-in service through RunWorker into a shown ResultsPanel; the
    panel's row count seen at every turn of the event loop (a zero-interval timer's ticks)."""
    clock = SteppingClock()
    panel = ResultsPanel(clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    worker = RunWorker(clock=clock)
    worker.event.connect(panel.on_event)
    seen: list[int] = []
    loop = QEventLoop()
    delivered = []
    worker.finished.connect(delivered.append)

    def turned() -> None:
        seen.append(len(merged))  # not current_result(): that merges what is still queued
        if delivered and not panel.merging():  # every event delivered, every row merged
            loop.quit()

    turn = QTimer(interval=0)
    turn.timeout.connect(turned)
    panel.begin_run(None, None)
    merged = panel._result  # the ResultSet the run fills
    service = load_bench().StreamingService(100_000, hours_per_page, network_s=0)
    turn.start()
    worker.start(service, None)
    loop.exec()
    turn.stop()
    worker.wait()
    return panel, seen


@pytest.mark.parametrize("hours_per_page", [28, 672], ids=["28hr-pages", "one-4-week-page"])
def test_streaming_100000_rows_merges_a_slice_at_a_time_with_the_event_loop_turning_between(
        qtbot, hours_per_page):
    panel, seen = stream(qtbot, hours_per_page)
    total = len(panel.current_result())
    assert total >= 100_000
    # With the fake clock a slice has room for exactly one chunk of rows: between two turns of
    # the event loop the panel never merged more, even when a page holds 100,800 rows.
    assert max(b - a for a, b in zip(seen, seen[1:])) <= results_panel.INGEST_CHUNK
    assert seen[-1] == total
