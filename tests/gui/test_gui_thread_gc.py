"""Cycles are collected by a GUI-thread timer while the collection is on, and Python's own
automatic collection is back once it is off."""
import gc

from engagement_desktop.gui.shell.gui_thread_gc import GuiThreadCollection


class Cycle:
    def __init__(self):
        self.me = self


def test_the_timer_collects_cycles_in_the_gui_thread_and_stop_gives_collection_back(qtbot):
    assert gc.isenabled()
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
