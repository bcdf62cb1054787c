"""The run worker: a query runs off the GUI thread, its events reach the panel in order, and
the run ends with exactly one finished or failed; cancel stops it and keeps what arrived."""
import gc
import threading

import pytest

from engagement_desktop.core.query import FieldProblem, InvalidQuery, Query
from engagement_desktop.core.rows import HOUR, PROTECTED, UNAVAILABLE, Row
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.gui.run.run_worker import RunWorker
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.events import Finished, PageParsed, Progress, StepStarted
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox.server import SandboxServer


@pytest.fixture
def sandbox_service(paths):
    with SandboxServer() as server:
        accounts = StaticAccounts.from_sandbox(server.accounts, server.base_url)
        service = RunService(paths, load_registry(paths), accounts, UsageLedger(paths.data),
                             sandbox_base_url=server.base_url)
        yield service, server
        service.close()


class EndlessService:
    """Pages of one row until cancelled; records the thread it ran in."""

    def __init__(self):
        self.thread = None
        self.sent = 0

    def run(self, query, cancel):
        self.thread = threading.current_thread()
        while not cancel.wait(0.01):
            self.sent += 1
            yield StepStarted(f"s{self.sent}")
            yield PageParsed(f"s{self.sent}", [Row("7", "favorites", 3600 * self.sent, HOUR, 1)])
        yield Finished(cancelled=True, steps_done=self.sent, steps_failed=0)


class BrokenService:
    def __init__(self, error):
        self.error = error

    def run(self, query, cancel):
        yield Progress(0, 1, None)
        raise self.error


def connected(qtbot, panel=None):
    worker = RunWorker()
    events, ends = [], []
    worker.event.connect(events.append)
    worker.finished.connect(lambda f: ends.append(("finished", f)))
    worker.failed.connect(lambda m: ends.append(("failed", m)))
    if panel is not None:
        worker.event.connect(panel.on_event)
    return worker, events, ends


def test_a_sandbox_run_fills_the_panel_with_sums_and_problems(qtbot, sandbox_service):
    service, server = sandbox_service
    owner = next(a for a in server.accounts if a["name"] == "demo-owner")
    query = Query(endpoint="totals", account="demo-owner", ids=owner["sample_post_ids"],
                  metrics=["favorites", "retweets"],
                  groupings={"per-post": ["tweet.id", "engagement.type"]})
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    prepared = service.prepare(query)
    panel.begin_run(prepared, service.fold(prepared))
    worker, events, ends = connected(qtbot, panel)
    worker.start(service, prepared)
    qtbot.waitUntil(lambda: bool(ends), timeout=30_000)
    kind, finished = ends[0]
    assert kind == "finished" and not finished.cancelled and finished.steps_done >= 1
    assert len(ends) == 1 and isinstance(events[-1], Finished)
    result = panel.current_result()
    favorites = {k[0]: sum(b.values()) for k, b in result.series().items() if k[1] == "favorites"}
    rows_sent = sum(r.value for e in events if isinstance(e, PageParsed) for r in e.rows
                    if r.metric == "favorites")
    assert favorites and sum(favorites.values()) == rows_sent
    assert {p.kind for p in result.problems} >= {PROTECTED, UNAVAILABLE}
    assert panel.problems.list.topLevelItemCount() >= 2
    assert "Done:" in panel.progress.status.text()


def test_the_run_happens_off_the_gui_thread_and_cancel_keeps_what_arrived(qtbot):
    service = EndlessService()
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.begin_run(None, None)
    worker, events, ends = connected(qtbot, panel)
    panel.cancel_requested.connect(worker.cancel)
    worker.start(service, Query())
    qtbot.waitUntil(lambda: len(events) >= 6, timeout=10_000)
    assert worker.is_running()
    panel.progress.cancel.click()
    qtbot.waitUntil(lambda: bool(ends), timeout=10_000)
    assert service.thread is not threading.main_thread()
    assert ends[0][0] == "finished" and ends[0][1].cancelled
    assert not worker.is_running()
    assert len(panel.current_result()) == service.sent


def test_a_query_that_cannot_run_fails_with_each_field_to_fix(qtbot):
    worker, events, ends = connected(qtbot)
    error = InvalidQuery([FieldProblem("ids", "Paste at least one post ID or URL.")])
    worker.start(BrokenService(error), Query())
    qtbot.waitUntil(lambda: bool(ends), timeout=10_000)
    assert ends == [("failed", "The query cannot run:\n• ids: Paste at least one post ID or URL.")]
    assert isinstance(events[0], Progress)  # what came before the error was delivered


def test_an_unexpected_error_becomes_a_message_not_a_traceback(qtbot):
    worker, _events, ends = connected(qtbot)
    worker.start(BrokenService(ConnectionError("connection reset")), Query())
    qtbot.waitUntil(lambda: bool(ends), timeout=10_000)
    kind, message = ends[0]
    assert kind == "failed" and "connection reset" in message and "Traceback" not in message
    with pytest.raises(RuntimeError, match="already going"):
        worker.start(EndlessService(), Query())
        worker.start(EndlessService(), Query())
    worker.cancel()
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=10_000)


class GcWatchingService:
    """Records whether Python's automatic collection was on while the run's thread ran."""

    def __init__(self):
        self.collecting_in_run = None

    def run(self, query, cancel):
        self.collecting_in_run = gc.isenabled()
        yield Finished(cancelled=False, steps_done=0, steps_failed=0)


def test_garbage_is_never_collected_in_the_run_thread_and_collection_comes_back(qtbot):
    # A collection in the run's thread can destroy Qt objects there and deadlock the window.
    gc.enable()  # as a host that never turned it off (the tests' own fixture does)
    worker, _events, ends = connected(qtbot)
    service = GcWatchingService()
    worker.start(service, Query())
    qtbot.waitUntil(lambda: bool(ends), timeout=10_000)
    assert service.collecting_in_run is False
    assert gc.isenabled()
