"""Starting the app on a workspace given on the command line (as the desktop entry does)."""
import json

from PySide6.QtWidgets import QMessageBox

from engagement_desktop.app import build
from engagement_desktop.resources import EXAMPLES


def _start(tmp_path, *argv):
    _app, window, stop = build(["--home", str(tmp_path / "home"), *map(str, argv)])
    return window, stop


def _close(window, stop):
    window.workbench.files.dirty = False  # nothing to ask about on close in a test
    window.close()
    stop()


def test_a_workspace_named_on_the_command_line_opens_with_its_queries(qtbot, tmp_path):
    path = EXAMPLES / "v2-insights.json"
    window, stop = _start(tmp_path, path)
    try:
        names = [q.name for q in window.workbench.panel.queries()]
        assert names == [q["name"] for q in json.loads(path.read_text())["queries"]]
        assert window.workbench.files.path == path
    finally:
        _close(window, stop)


def test_a_damaged_workspace_on_the_command_line_is_reported_and_left_untouched(qtbot, tmp_path):
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(b'{"format_version": 1, "queries": [')
    window, stop = _start(tmp_path, damaged)
    try:
        notices = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
        assert [box.windowTitle() for box in notices] == ["Cannot open the workspace"]
        assert "damaged.json" in notices[0].text() and "not valid JSON" in notices[0].text()
        assert window.isVisible() and window.workbench.files.path is None
        assert damaged.read_bytes() == b'{"format_version": 1, "queries": ['
    finally:
        _close(window, stop)


def test_a_folder_in_place_of_the_account_list_stops_the_start_with_a_message(
        tmp_path, monkeypatch, capsys):
    from engagement_desktop.app import main

    (tmp_path / "home" / "config" / "accounts.json").mkdir(parents=True)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert main(["--home", str(tmp_path / "home")]) == 1
    assert "it is a folder, not a file" in shown[0]
    assert "it is a folder, not a file" in capsys.readouterr().err
