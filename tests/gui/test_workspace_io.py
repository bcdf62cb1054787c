"""Workspace files from the window: save and reopen, recent files, bad files left untouched,
autosave and the recovery prompt after a crash."""
import json

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from engagement_desktop.core.query import Query
from engagement_desktop.gui.shell.workspace_io import WorkspaceIO
from engagement_desktop.gui.shell.workspace_panel import WorkspacePanel


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def make_io(qtbot, settings, paths):
    window = QWidget()
    qtbot.addWidget(window)
    panel = WorkspacePanel(window)
    io = WorkspaceIO(window, settings, paths, panel.queries, panel.set_queries)
    return io, panel


def notices(io) -> list[str]:
    """The texts of the message boxes shown over the window without blocking it."""
    return [box.text() for box in io.window.findChildren(QMessageBox) if box.isVisible()]


def answer(monkeypatch, button):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def test_saved_workspace_reopens_with_its_queries_and_joins_recent_files(qtbot, settings, paths,
                                                                        tmp_path):
    io, panel = make_io(qtbot, settings, paths)
    io.new([Query(name="hourly", endpoint="historical", account="demo-owner", ids=["20"],
                  metrics=["impressions"], groupings={"g": ["tweet.id"]})])
    target = tmp_path / "launch.json"
    io.path = target
    assert io.save()
    io.new([Query(name="other")])
    assert io.open(target)
    assert [q.name for q in panel.queries()] == ["hourly"]
    assert panel.queries()[0].groupings == {"g": ["tweet.id"]}
    assert io.recent() == [str(target.resolve())]
    assert not io.dirty


def test_corrupt_file_gets_a_clear_message_and_is_left_untouched(qtbot, settings, paths,
                                                                 tmp_path):
    io, panel = make_io(qtbot, settings, paths)
    io.new([Query(name="mine")])
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1, "queries": [', encoding="utf-8")
    before = bad.read_bytes()
    assert not io.open(bad)
    assert "not valid JSON" in notices(io)[0]
    assert bad.read_bytes() == before
    assert [q.name for q in panel.queries()] == ["mine"]  # what the user had is kept


def test_workspace_from_a_newer_version_is_refused_with_a_message(qtbot, settings, paths,
                                                                 tmp_path):
    io, _ = make_io(qtbot, settings, paths)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format_version": 99, "name": "x", "queries": []}))
    before = newer.read_bytes()
    assert not io.open(newer)
    assert "99" in notices(io)[0]
    assert newer.read_bytes() == before


def test_unsaved_changes_ask_before_being_replaced_and_cancel_keeps_them(qtbot, settings, paths,
                                                                        monkeypatch):
    io, panel = make_io(qtbot, settings, paths)
    io.new([Query(name="mine")])
    io.mark_dirty()
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    io.new([Query(name="fresh")])
    assert [q.name for q in panel.queries()] == ["mine"]
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    io.new([Query(name="fresh")])
    assert [q.name for q in panel.queries()] == ["fresh"]


def test_after_a_crash_the_autosaved_workspace_is_offered_back(qtbot, settings, paths,
                                                               monkeypatch):
    io, panel = make_io(qtbot, settings, paths)
    assert not io.start_session()
    io.new([Query(name="unsaved work", ids=["20"])])
    io.mark_dirty()
    io.autosave()
    # The app dies here: no end_session. The next start finds the marker and the autosave.
    io2, panel2 = make_io(qtbot, settings, paths)
    assert io2.start_session()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert io2.offer_recovery()
    assert [q.name for q in panel2.queries()] == ["unsaved work"]
    assert io2.dirty


def test_a_clean_exit_leaves_nothing_to_recover(qtbot, settings, paths):
    io, _ = make_io(qtbot, settings, paths)
    io.start_session()
    io.new([Query(name="q")])
    io.mark_dirty()
    io.autosave()
    io.end_session()
    io2, _ = make_io(qtbot, settings, paths)
    assert not io2.start_session()
