"""Runs a query off the GUI thread and hands its events to the GUI in time-boxed batches.

The runner is a plain generator (`service.run(prepared, cancel=...)`) that blocks on the network;
it runs in a QThread. The thread only appends events to a queue and pokes the GUI once per
batch (a queued signal, sent only when the GUI is not already due to look). The GUI side
drains the queue in slices of at most ~4 ms, re-posting itself for the rest, so even a burst
of 100,000 rows leaves timers, painting and input room between slices.

At the end exactly one of `finished(Finished)` or `failed(message)` is emitted, after every
event has been delivered; a run that ends normally always delivers a Finished event last
(made up from the counts when the service yields none), so `event` alone can drive a view.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from collections import deque

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from ...runner.events import Finished, PageParsed, StepFailed
from ..common.vocabulary import said, said_error
from ..shell.gui_thread_gc import GuiThreadCollection

log = logging.getLogger(__name__)

SLICE_SECONDS = 0.004  # longest stretch the GUI spends delivering events before yielding
# While a run parses pages in Python, the GUI thread waits for the GIL up to the interpreter's
# switch interval (5 ms) each time it needs it back, and painting needs it many times. A run
# shortens the interval, and restores it when it ends.
RUN_SWITCH_INTERVAL_S = 0.0005
BACKPRESSURE_S = 0.05
_END = object()


class _Failure:
    def __init__(self, message: str):
        self.message = message


class _Pump(QThread):
    """Iterates the service's events in its own thread; never touches widgets."""
    ready = Signal()

    def __init__(self, service, prepared, cancel: threading.Event, resume_job, queue: deque):
        super().__init__()
        self._service, self._prepared, self._cancel = service, prepared, cancel
        self._resume_job = resume_job
        self._queue = queue
        self.poked = False  # the GUI has a drain coming; set here, cleared by the GUI
        self.caught_up = threading.Event()  # set by the GUI when it has taken every event

    def _put(self, item) -> None:
        self.caught_up.clear()
        self._queue.append(item)
        if not self.poked:
            self.poked = True
            self.ready.emit()
        if isinstance(item, PageParsed) and item.rows:
            # Let the GUI take a page before parsing the next: while it holds the GIL alone,
            # painting is not slowed by a GIL hand-over at every Python callback. Bounded, so
            # a busy GUI only slows the run a little, never stops it.
            self.caught_up.wait(BACKPRESSURE_S)

    def run(self) -> None:
        options = {"resume_job": self._resume_job} if self._resume_job is not None else {}
        try:
            for event in self._service.run(self._prepared, cancel=self._cancel, **options):
                self._put(event)
        except Exception as error:  # noqa: BLE001 - reported to the user, never raised into Qt
            log.exception("The run stopped with an error")
            self._put(_Failure(_message(error)))
        finally:
            self._put(_END)


def _message(error: Exception) -> str:
    problems = getattr(error, "problems", None)  # InvalidQuery: one line per field
    if problems:
        return (QCoreApplication.translate("RunWorker", "The query cannot run:") + "\n"
                + "\n".join(f"• {p.field}: {said(p.message)}" for p in problems))
    return QCoreApplication.translate(
        "RunWorker", "The run stopped: {error}. The rows received so far are kept; run again to "
        "fetch the rest.").format(error=said_error(error) or type(error).__name__)


class RunWorker(QObject):
    event = Signal(object)  # a runner event: StepStarted, PageParsed, StepFailed, Progress, ...
    finished = Signal(object)  # the run's Finished event, again, once everything is delivered
    failed = Signal(str)  # the run could not go on; a message for the user

    def __init__(self, parent=None, clock=time.perf_counter):
        """`clock` times the delivery slices (tests give a fake one)."""
        super().__init__(parent)
        self._clock = clock
        self._thread: _Pump | None = None
        self._cancel = threading.Event()
        self._queue: deque = deque()
        self._switch_interval = sys.getswitchinterval()
        self._collection = GuiThreadCollection()
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(self._drain)
        self._reset_tally()

    def _reset_tally(self) -> None:
        self._last_finished: Finished | None = None
        self._failure: str | None = None
        self._done = self._failed_steps = 0

    def start(self, service, prepared, resume_job=None) -> None:
        """Run `prepared` (the plan door's PreparedRun, as the Requests tab lists it)."""
        if self.is_running():
            raise RuntimeError("A run is already going; cancel it or wait for it to end.")
        self._cancel = threading.Event()
        self._queue = deque()
        self._reset_tally()
        self._thread = _Pump(service, prepared, self._cancel, resume_job, self._queue)
        self._thread.ready.connect(self._drain)
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, RUN_SWITCH_INTERVAL_S))
        self._collection.start()  # the pump thread allocates a lot: never let it collect Qt objects
        self._thread.start()

    def cancel(self) -> None:
        """Ask the run to stop; it ends with finished(Finished(cancelled=True))."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread is not None

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the worker thread ends (for closing the app); True when it did."""
        return self._thread is None or self._thread.wait(msecs)

    def _drain(self) -> None:
        thread = self._thread
        if thread is None:
            return
        thread.poked = False  # before draining: what arrives from now on pokes again
        deadline = self._clock() + SLICE_SECONDS
        queue = self._queue
        while queue:
            item = queue.popleft()
            if not queue:
                thread.caught_up.set()
            if item is _END:
                self._end()
                return
            if isinstance(item, _Failure):
                self._failure = item.message
                continue
            self._count(item)
            self.event.emit(item)
            if self._clock() > deadline and queue:
                self._more.start()
                return

    def _count(self, event) -> None:
        if isinstance(event, PageParsed):
            self._done += 1
        elif isinstance(event, StepFailed):
            self._failed_steps += 1
        elif isinstance(event, Finished):
            self._last_finished = event

    def _end(self) -> None:
        thread, self._thread = self._thread, None
        thread.wait()
        thread.deleteLater()
        sys.setswitchinterval(self._switch_interval)
        self._collection.stop()
        if self._failure is not None:
            self.failed.emit(self._failure)
            return
        if self._last_finished is None:  # the service ended without saying so: say it for it
            self._last_finished = Finished(cancelled=self._cancel.is_set(),
                                           steps_done=self._done,
                                           steps_failed=self._failed_steps)
            self.event.emit(self._last_finished)
        self.finished.emit(self._last_finished)
