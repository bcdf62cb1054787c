"""Layout (issue 14, item 8): long status texts and plan notes wrap instead of widening their
pane; the editor keeps its minimum width; the first start fills a 1600×1000 screen."""
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from engagement_desktop.gui.shell.main_window import GEOMETRY_KEY, MainWindow, fills_screen
from test_main_window import make_window, sandbox  # noqa: F401 (fixtures)

LONG = ("Cancelled after 1,234 requests (3 min 12 s). The rows so far are shown; resume job "
        "20261204-171233-historical-launch-week to fetch the rest. ") * 2


def editor_width(window) -> int:
    QApplication.processEvents()
    return window.workbench.editor.width()


def test_a_long_status_line_wraps_and_leaves_the_editor_its_width(qtbot, make_window):
    window = make_window()
    window.resize(1600, 1000)
    qtbot.wait(50)
    before = editor_width(window)
    window.workbench.results.progress.end(LONG)
    window.workbench.status.showMessage(LONG)
    qtbot.wait(50)
    assert editor_width(window) == before
    assert window.workbench.editor.width() >= window.workbench.editor.minimumWidth() > 300


def test_long_plan_notes_wrap_inside_the_editor(qtbot, make_window):
    window = make_window()
    window.resize(1600, 1000)
    qtbot.wait(50)
    before = editor_width(window)
    summary = window.workbench.editor.plan
    notes = ["1460323737035677698,1460323737035677699,1460323737035677700,1460323737035677701:"
             "older than 90 days, so the historical endpoint is needed for them"] * 3
    summary.show_summary(type(summary.summary)(notes=notes))
    qtbot.wait(50)
    assert editor_width(window) == before


def test_the_first_start_is_maximized_where_the_default_size_would_nearly_fill_the_screen(
        qtbot, tmp_path):
    assert fills_screen(QSize(1600, 1000)) and fills_screen(QSize(1600, 960))
    assert not fills_screen(QSize(2560, 1440)) and not fills_screen(QSize(1920, 1200))
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show_at_start()  # the test screen is smaller than the default size
    assert window.first_start and window.isMaximized()
    window.close()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show_at_start()
    assert not again.first_start


def test_a_grouping_row_in_a_narrow_editor_wraps_its_values_with_no_scroll_bar(qtbot):
    from engagement_desktop.gui.editor.grouping_builder import GroupingRow

    allowed = ("tweet.id", "engagement.type", "engagement.day", "engagement.hour")
    row = GroupingRow("per-post", allowed, ["tweet.id", "engagement.type"])
    qtbot.addWidget(row)
    row.resize(900, 60)
    row.show()
    qtbot.wait(20)
    one_line = row.values.height()
    row.resize(330, 60)
    qtbot.wait(20)
    strip = row.values
    rects = [strip.visualItemRect(strip.item(i)) for i in range(strip.count())]
    assert not strip.horizontalScrollBar().isVisible()
    assert strip.height() > one_line  # a second line of values
    assert all(strip.viewport().rect().contains(r) for r in rects)  # every value in sight
