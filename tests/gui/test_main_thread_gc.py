"""The app collects cycles on the GUI thread only: automatic collection is off, and the timer's
collection frees what a worker thread's allocations would otherwise have collected there."""
import gc
import threading
import weakref

from PySide6.QtCore import QObject

from engagement_desktop.gui.common.main_thread_gc import collect_due, collect_on_gui_thread


class Cycle:
    def __init__(self):
        self.me = self


def test_a_cycle_made_on_a_worker_thread_is_freed_by_the_gui_threads_collection(qtbot):
    owner = QObject()
    timer = collect_on_gui_thread(owner)
    assert not gc.isenabled() and timer.isActive()
    dead = []

    def worker():
        cycle = Cycle()
        dead.append(weakref.ref(cycle))
        del cycle
        for _ in range(gc.get_threshold()[0] * 3):  # would start a collection here if automatic
            Cycle()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert dead[0]() is not None  # nothing was collected on the worker thread
    assert gc.get_count()[0] > gc.get_threshold()[0]
    collect_due()  # the timer's call on the GUI thread: a generation is due
    assert dead[0]() is None
