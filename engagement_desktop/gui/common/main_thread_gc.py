"""Python's cycle collector, run on the GUI thread only.

Left automatic, a collection may start on whichever thread allocates: a run's worker thread can
then destroy a Qt object left in a cycle, and Qt's destructor waits on a lock the GUI thread holds
while that thread waits for the worker's GIL — the app hangs. So automatic collection is off and
the GUI thread collects, each generation when its threshold is passed, as the automatic collector
would.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> None:
    """Collect the generations whose counts passed their thresholds (cheap when none did)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


def collect_on_gui_thread(parent: QObject) -> QTimer:
    """Turn automatic collection off and collect on a timer owned by `parent` (GUI thread)."""
    gc.disable()
    timer = QTimer(parent, interval=INTERVAL_MS)
    timer.timeout.connect(collect_due)
    timer.start()
    return timer
