"""The results area: a progress line (bar, ETA, Cancel) over the tabs Tree / Chart / Problems
/ Requests, fed by runner events as they arrive and folded into the result by the runner's one
ResultFold (the CLI folds the same way, so both export the same bytes).

Keeping the window responsive while rows pour in: `on_event` only queues a page's rows; they
are merged through the fold in slices of a few milliseconds, the chart redraws at most 10
times a second (touching only the curves that grew), and the tree and the analysis tab on
screen are rebuilt on one timer whose interval grows with what a rebuild costs (a hidden tab
waits until it is shown).

The Chart tab is built on first use (a result to draw, the tab opened, an export): pyqtgraph
takes about 0.3 s to import, which the app's start does not need to pay.

The progress line lives inside the panel (`panel.progress`); its Cancel button emits
`cancel_requested`, which the main window connects to `RunWorker.cancel` (and to Esc).
"""
from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.results import ResultSet
from ...core.rows import ERROR, PostProblem
from ...runner.events import Finished, PageParsed, Progress, StepFailed, StepStarted
from ...runner.fold import ResultFold
from ...runner.plan_door import PreparedRun
from .analysis_tabs import AnalysisTabs
from .problems_view import ProblemsView
from .requests_view import RequestsView
from ..run.run_progress import RunProgress
from .tree_tab import TreeTab
from ..common.vocabulary import metric_labels

INGEST_SLICE_S = 0.004  # longest stretch spent merging rows before yielding to the event loop
INGEST_CHUNK = 1000  # rows merged between clock checks (about a millisecond's work)
VIEWS_MIN_INTERVAL_MS = 300
CHART_TAB = 1

if TYPE_CHECKING:
    from .chart_renderer import ScreenChartRenderer
    from .chart_view import ChartView


class ResultsPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent=None, clock=time.perf_counter):
        """`clock` times the ingest slices and tree rebuilds (tests give a fake one)."""
        super().__init__(parent)
        self._clock = clock
        self._fold: ResultFold | None = None
        # (step ID, rows, how many already merged)
        self._pending: deque[tuple[str, list, int]] = deque()
        self._tree_stale = False
        self._views_interval_ms = VIEWS_MIN_INTERVAL_MS
        self._finished: Finished | None = None  # arrived while rows were still queued

        self.progress = RunProgress()
        self.progress.cancel_requested.connect(self.cancel_requested)
        self.tree = TreeTab()
        self._chart: ChartView | None = None
        self.problems = ProblemsView()
        self.requests = RequestsView()
        self.tabs = QTabWidget(objectName="resultTabs")
        self.tabs.addTab(self.tree, self.tr("Tree"))
        self.tabs.insertTab(CHART_TAB, QWidget(), self.tr("Chart"))  # its place until first use
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.requests, self.tr("Requests"))
        self.analysis = AnalysisTabs(self.tabs, CHART_TAB + 1, lambda: self._result)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.problems.count_changed.connect(self._problem_count)
        self.tree.selection_changed.connect(lambda posts, metrics: self.chart.select(posts, metrics))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)

        self._ingest_timer = QTimer(self, singleShot=True, interval=0)
        self._ingest_timer.timeout.connect(self._ingest_some)
        self._views_timer = QTimer(self, singleShot=True)
        self._views_timer.timeout.connect(self._refresh_views)

    # -- the interface the main window uses -------------------------------------------------
    @property
    def _result(self) -> ResultSet | None:
        return self._fold.result if self._fold is not None else None

    def begin_run(self, prepared: PreparedRun | None, fold: ResultFold | None = None) -> None:
        """A run is starting: empty the tabs, list exactly the steps that are sent, show
        progress. `fold` (the service's, with provenance) builds the result."""
        self.clear()
        self._fold = fold or ResultFold(prepared)
        plan = prepared.plan if prepared is not None else None
        self.requests.begin(plan)
        self.progress.start(len(plan.steps) if plan is not None else 0)
        self._show_everything()

    def on_event(self, event) -> None:
        """One runner event; cheap, so a burst of them never blocks the window."""
        if self._fold is None:  # events without begin_run: still show them
            self._fold = ResultFold(None)
            self.progress.start(0)
        if isinstance(event, (StepStarted, PageParsed, StepFailed)):
            self.requests.apply(event)
        if isinstance(event, (PageParsed, StepFailed)):
            if isinstance(event, PageParsed) and event.rows:
                self._pending.append((event.step_id, event.rows, 0))
                self._ingest_timer.start()
            before = len(self._fold.result.problems)
            self._fold.add(event, rows=False)  # the rows are merged in slices, below
            if len(self._fold.result.problems) != before:
                self.problems.set_problems(self._result.problems,
                                           metric_labels(self._result.metric_labels))
        elif isinstance(event, Progress):
            self.progress.update_progress(event)
        elif isinstance(event, Finished):
            # Rows may still be queued: finish once they are merged, in slices as usual.
            self._finished = event
            if not self._pending:
                self._finish_run()

    def run_failed(self, message: str) -> None:
        """The worker's failed(str): keep what arrived, say why the run stopped."""
        self._flush()
        self._finished = None
        if self._fold is not None:  # the Problems tab says why, never "No problems"
            self._fold.result.add_problems([PostProblem(None, ERROR,
                                                        message or self.tr("The run stopped."))])
            self._fold.finish(None)
        self._show_everything()
        self.progress.end(message.splitlines()[0] if message else self.tr("The run stopped."))

    def clear(self) -> None:
        self._pending.clear()
        self._finished = None
        self._ingest_timer.stop()
        self._views_timer.stop()
        self._tree_stale = False
        self._fold = None
        self.progress.setVisible(False)
        self.requests.begin(None)
        self._show_everything()

    def merging(self) -> bool:
        """Rows of a run are still queued to be merged (its Finished waits for them)."""
        return bool(self._pending) or self._finished is not None

    def current_result(self) -> ResultSet | None:
        """Everything received so far (rows still queued are merged first)."""
        self._flush()
        if self._finished is not None:
            self._finish_run()
        return self._result

    @property
    def chart(self) -> ChartView:
        """The Chart tab's view, built (and given the result so far) on first use."""
        if self._chart is None:
            self._build_chart()
        return self._chart

    def _build_chart(self) -> None:
        from .chart_view import ChartView

        self._chart = ChartView()
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(CHART_TAB)
        with QSignalBlocker(self.tabs):  # the swap is not the user changing tabs
            self.tabs.removeTab(CHART_TAB)
            self.tabs.insertTab(CHART_TAB, self._chart, self.tr("Chart"))
            self.tabs.setCurrentIndex(current)
        placeholder.deleteLater()
        self._chart.set_result(self._result)

    def chart_renderer(self) -> ScreenChartRenderer:
        """What the window lends exporter plugins that draw the chart: its Chart tab."""
        from .chart_renderer import ScreenChartRenderer

        return ScreenChartRenderer(lambda: self.chart)

    # -- keeping up with the run --------------------------------------------------------------
    def _ingest_some(self) -> None:
        deadline = self._clock() + INGEST_SLICE_S
        while self._pending:  # a chunk at least, however slow the machine
            self._merge_chunk()
            if self._clock() >= deadline:
                break
        if self._pending:
            self._ingest_timer.start()
        self._rows_changed()
        if not self._pending and self._finished is not None:
            self._finish_run()

    def _finish_run(self) -> None:
        finished, self._finished = self._finished, None
        self._fold.finish(finished)
        self._views_timer.stop()
        self._show_everything()
        self.progress.finish(finished)

    def _merge_chunk(self) -> None:
        step_id, rows, done = self._pending[0]
        end = done + INGEST_CHUNK
        self._fold.add_rows(rows[done:end], step_id)
        if end >= len(rows):
            self._pending.popleft()
        else:
            self._pending[0] = (step_id, rows, end)

    def _flush(self) -> None:
        while self._pending:
            self._merge_chunk()

    def _rows_changed(self) -> None:
        self._update_chart()
        self._tree_stale = True
        if not self._views_timer.isActive():
            self._views_timer.start(self._views_interval_ms)

    def _refresh_views(self) -> None:
        """The tree and the analysis tab on screen, rebuilt on one coalesced timer (hidden ones
        wait until they are shown), spending at most about a tenth of the time, however large
        the result."""
        began = self._clock()
        self._rebuild_tree_if_stale()
        self.analysis.result_changed()
        took_ms = (self._clock() - began) * 1000
        self._views_interval_ms = max(VIEWS_MIN_INTERVAL_MS, int(took_ms * 10))

    def _rebuild_tree_if_stale(self) -> None:
        if not self._tree_stale or self.tabs.currentWidget() is not self.tree:
            return  # rebuilt when the Tree tab is opened
        self._tree_stale = False
        self.tree.set_result(self._result)

    def _show_everything(self) -> None:
        self._tree_stale = True  # a hidden tree is rebuilt when it is opened, not in this turn
        self._rebuild_tree_if_stale()
        self._update_chart()
        self.analysis.result_changed()
        result = self._result
        self.problems.set_problems(result.problems if result is not None else [],
                                   metric_labels(result.metric_labels) if result is not None
                                   else {})

    def _update_chart(self) -> None:
        if self._chart is not None or self._result is not None:  # nothing to draw: not built
            self.chart.set_result(self._result)

    def _tab_changed(self, index: int) -> None:
        if index == CHART_TAB and self._chart is None:
            self._build_chart()
        self._rebuild_tree_if_stale()

    def _problem_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.problems)
        self.tabs.setTabText(index, self.tr("Problems ({count})").format(count=count)
                             if count else self.tr("Problems"))
