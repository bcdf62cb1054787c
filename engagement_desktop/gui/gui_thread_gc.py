"""Cyclic garbage collection in the GUI thread only, while other threads run Python code.

Python collects cycles in whichever thread happens to allocate. When that is a worker thread
and the garbage holds a Qt wrapper, the QObject is destroyed off the GUI thread: Qt's lock is
taken there while the GIL is wanted, and the GUI thread holds the GIL while wanting that lock —
a deadlock (seen with 100,000 rows streaming into the window). pyqtgraph's GarbageCollector
turns automatic collection off and collects on a GUI-thread timer instead.
"""
from __future__ import annotations

import gc

from pyqtgraph.util.garbage_collector import GarbageCollector

INTERVAL_S = 0.5


class GuiThreadCollection:
    """`start()` moves collection to a GUI timer; `stop()` gives it back as it was."""

    def __init__(self):
        self._collector: GarbageCollector | None = None
        self._was_enabled = True

    def start(self) -> None:
        if self._collector is None:
            self._was_enabled = gc.isenabled()
            self._collector = GarbageCollector(interval=INTERVAL_S)

    def stop(self) -> None:
        if self._collector is not None:
            self._collector.timer.stop()
            self._collector = None
            if self._was_enabled:
                gc.enable()
