"""A guarded slot never raises into Qt: a user error shows its own message, a bug shows what
failed and is logged with its traceback."""
import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from engagement_desktop.core.workspace import WorkspaceError
from engagement_desktop.gui.common.slot_guard import guarded


class Panel(QWidget):
    def __init__(self, error: Exception):
        super().__init__()
        self.error = error

    @guarded("saving the workspace")
    def save(self) -> str:
        raise self.error


def shown(qtbot, error: Exception, caplog) -> tuple[QMessageBox, list[logging.LogRecord]]:
    panel = Panel(error)
    qtbot.addWidget(panel)
    with caplog.at_level(logging.WARNING, logger="engagement_desktop.gui"):
        assert panel.save() is None  # reported, not raised
    box = panel.findChild(QMessageBox, "errorBox")
    assert box is not None
    return box, caplog.records


def test_a_user_error_shows_its_message_and_is_logged_without_a_traceback(qtbot, caplog):
    box, records = shown(qtbot, WorkspaceError("/tmp/w.json cannot be saved: Disk full."), caplog)
    assert box.windowTitle() == "Could not finish"
    assert box.text() == ("Could not finish saving the workspace.\n\n/tmp/w.json cannot be saved: "
                          "Disk full.\n\nWhat you had is kept.")
    assert [(r.levelno, r.exc_info) for r in records] == [(logging.WARNING, None)]


def test_a_bug_says_something_went_wrong_and_is_logged_with_its_traceback(qtbot, caplog):
    box, records = shown(qtbot, KeyError("columns"), caplog)
    assert box.windowTitle() == "Something went wrong"
    assert "'columns'" in box.text() and "the log file has the details" in box.text()
    assert [r.levelno for r in records] == [logging.ERROR] and records[0].exc_info is not None
