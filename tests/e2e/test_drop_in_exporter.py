"""Issue 11: an exporter plugin from outside the package, dropped into the user plugin folder,
works end to end from the CLI (`run WS --export out.tsv`) and from the window (the Export
dialog offers its file type and writes the file) against the sandbox. Nothing in the app names
it: both hosts find it by the facts it declares."""
import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from window_fixtures import window_on
from PySide6.QtWidgets import QFileDialog

from engagement_desktop.cli import main
from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.paths import AppPaths

TSV_PLUGIN = Path(__file__).resolve().parent.parent / "plugins" / "drop_ins" / "tsv_exporter.py"
QUERY = Query(name="likes per post", endpoint="totals", account="demo-app",
              ids=["1460323737035677698", "1460323737035677699"],
              metrics=["favorites", "retweets"],
              groupings={"per-post": ["tweet.id", "engagement.type"]})


def tsv_lines(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def csv_lines(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_the_cli_writes_the_drop_in_exporters_file_with_the_same_values_as_the_csv(
        tmp_path, monkeypatch, capsys, server):
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    folder = AppPaths.default().plugins
    folder.mkdir(parents=True)
    shutil.copy(TSV_PLUGIN, folder)
    workspace = tmp_path / "ws.json"
    workspace.write_text(json.dumps({"format_version": 1, "name": "t",
                                     "queries": [QUERY.__dict__]}))
    tsv, reference = tmp_path / "out.tsv", tmp_path / "out.csv"
    code = main(["run", str(workspace), "--base-url", server.base_url,
                 "--export", str(tsv), "--export", str(reference)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"Wrote {tsv}" in err
    header, *lines = tsv_lines(tsv)
    assert header == ["post_id", "metric", "granularity", "bucket", "value"]
    assert len(lines) == 4  # two posts × two metrics, totals
    # The same values the built-in CSV exporter wrote (its bucket column is ISO text).
    assert [[p, m, g, v] for p, m, g, _, v in lines] == \
           [[p, m, g, v] for p, m, g, _, v in csv_lines(reference)[1:]]


@pytest.fixture
def window(qtbot, tmp_path, server):
    """The main window as app.py builds it, on the sandbox, with the drop-in installed."""
    main_window = window_on(tmp_path / "app", server.base_url, Workspace("Drop-in", [QUERY]),
                            drop_ins=[TSV_PLUGIN])
    yield main_window
    main_window.workbench.runs.stop_and_wait()
    main_window.workbench.files.dirty = False
    main_window.close()


def test_the_windows_export_offers_the_drop_in_file_type_and_writes_it(
        qtbot, window, tmp_path, monkeypatch):
    workbench = window.workbench
    with qtbot.waitSignal(workbench.runs.run_finished, timeout=20000) as finished:
        workbench.actions.run.trigger()
    result = finished.args[0]
    assert len(result) == 4
    menu = [action.text() for action in workbench.actions.export_menu.actions()]
    assert "Tab-separated values…" in menu

    target, offered = tmp_path / "from-window.tsv", []

    def save_dialog(parent, caption, folder, filters, chosen):
        offered.extend(filters.split(";;"))
        return str(target), "Tab-separated values (*.tsv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    workbench.actions.export.trigger()
    qtbot.waitUntil(lambda: "Exported to" in workbench.status.currentMessage(), timeout=10000)
    assert "Tab-separated values (*.tsv)" in offered
    assert {"PNG image of the chart (*.png)", "SVG drawing of the chart (*.svg)"} <= set(offered)
    header, *lines = tsv_lines(target)
    assert header == ["post_id", "metric", "granularity", "bucket", "value"]
    assert sorted(lines) == sorted([row.post_id, row.metric, row.granularity, "", str(row.value)]
                                   for row in result.rows())
