"""Cyclic garbage collection in the GUI thread only, while other threads run Python code.

Python collects cycles in whichever thread happens to allocate. When that is a worker thread
and the garbage holds a Qt wrapper, the QObject is destroyed off the GUI thread: Qt's lock is
taken there while the GIL is wanted, and the GUI thread holds the GIL while wanting that lock —
a deadlock (seen with 100,000 rows streaming into the window). So automatic collection is
turned off and a GUI-thread timer collects instead, generation by generation as Python would
(the recipe of pyqtgraph's GarbageCollector, without importing pyqtgraph at start).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

INTERVAL_MS = 500


class GuiThreadCollection:
    """`start()` moves collection to a GUI timer; `stop()` gives it back as it was."""

    def __init__(self):
        self._timer: QTimer | None = None
        self._was_enabled = True

    def start(self) -> None:
        if self._timer is None:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer = QTimer(interval=INTERVAL_MS)
            self._timer.timeout.connect(collect_due)
            self._timer.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            if self._was_enabled:
                gc.enable()


def collect_due() -> None:
    """What automatic collection would have done by now: a generation is collected when its
    count passed its threshold, and the older one is looked at only then."""
    for generation, (count, threshold) in enumerate(zip(gc.get_count(), gc.get_threshold())):
        if count <= threshold:
            return
        gc.collect(generation)
