"""Cycles are collected on the GUI thread only while the collection is on, never on a worker
thread that allocates, and Python's automatic collection is back as it was once it is off."""
import gc
import threading
import weakref

from engagement_desktop.gui.shell.gui_thread_gc import GuiThreadCollection, collect_due


class Cycle:
    def __init__(self):
        self.me = self


def test_the_timer_collects_cycles_in_the_gui_thread_and_stop_gives_collection_back(qtbot):
    gc.enable()  # as a host that never turned it off (the tests' own fixture does)
    collection = GuiThreadCollection()
    collection.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] * 2):  # past the youngest generation's threshold
            Cycle()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=5000)
    finally:
        collection.stop()
    assert gc.isenabled()


def test_a_cycle_made_on_a_worker_thread_is_freed_by_the_gui_threads_collection(qtbot):
    collection = GuiThreadCollection()
    collection.start()
    dead = []

    def worker():
        cycle = Cycle()
        dead.append(weakref.ref(cycle))
        del cycle
        for _ in range(gc.get_threshold()[0] * 3):  # would start a collection here if automatic
            Cycle()

    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert dead[0]() is not None  # nothing was collected on the worker thread
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collect_due()  # the timer's call on the GUI thread: a generation is due
        assert dead[0]() is None
    finally:
        collection.stop()
