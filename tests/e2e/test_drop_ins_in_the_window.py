"""Issue 11, "Must show", the window's half: a third-party endpoint plugin with a metric the app
never heard of (`saves`) and a third-party exporter (TSV), both dropped into a user plugin
folder, work end to end in the main window. The user picks the endpoint and its metric in the
query editor, runs it against the plugin's own service, reads the values under the plugin's
label in the tree, and exports them as TSV (the drop-in) and CSV (built in)."""
import csv
import importlib.util
import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from window_fixtures import window_on
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog

from engagement_desktop.core.query import Query
from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS
from engagement_desktop.core.workspace import Workspace

pytestmark = pytest.mark.slow

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"
DROP_INS = (PLUGINS / "thirdparty" / "post_saves.py", PLUGINS / "drop_ins" / "tsv_exporter.py")
NOW = datetime.now(timezone.utc)


def _saves_server_class():
    """The drop-in's own service (tests/plugins/thirdparty/saves_server.py), loaded by path:
    that folder is on sys.path only when its own tests were collected first."""
    spec = importlib.util.spec_from_file_location(
        "window_saves_server", PLUGINS / "thirdparty" / "saves_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SavesServer


def posted(days_ago: int, sequence: int) -> str:
    when = NOW - timedelta(days=days_ago)
    return str(((int(when.timestamp() * 1000) - TWITTER_EPOCH_MS) << 22) | sequence)


POSTS = [posted(3, 1), posted(9, 2)]  # both within the plugin's declared 30 days for saves


@pytest.fixture
def service():
    with _saves_server_class()(known_posts=set(POSTS)) as server:
        yield server


@pytest.fixture
def window(qtbot, tmp_path, service):
    """The main window as app.py builds it, with both drop-ins in its user plugin folder and
    the plugin's service standing in for the accounts' API."""
    main = window_on(tmp_path / "app", service.base_url, Workspace("Saves", [Query(name="saved")]),
                     drop_ins=DROP_INS)
    registry = main.workbench.ctx.registry
    assert not registry.failures and "post-saves" in registry.endpoints
    qtbot.waitExposed(main)
    yield main
    main.workbench.runs.stop_and_wait()
    main.workbench.files.dirty = False
    main.close()


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QTest.qWait(20)


def tree_rows(proxy, parent=QModelIndex()) -> dict[str, tuple[int, dict]]:
    """label → (the Value column's number, the same of its children), as the tree shows it."""
    while proxy.canFetchMore(parent):
        proxy.fetchMore(parent)
    shown = {}
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        value = int(proxy.index(row, 1, parent).data().replace(",", ""))
        shown[index.data()] = (value, tree_rows(proxy, index) if proxy.hasChildren(index) else {})
    return shown


def export(qtbot, workbench, monkeypatch, target: Path, wanted_filter: str) -> None:
    """The Export action, with the save dialog answered: `target`, of the offered file type
    that starts with `wanted_filter`."""
    offered = []

    def save_dialog(parent, caption, folder, filters, chosen):
        offered.extend(filters.split(";;"))
        return str(target), next(f for f in offered if f.startswith(wanted_filter))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    workbench.status.clearMessage()
    workbench.actions.export.trigger()
    qtbot.waitUntil(lambda: "Exported to" in workbench.status.currentMessage(), timeout=10000)


def test_the_drop_in_endpoints_metric_runs_shows_under_its_label_and_exports_as_tsv_and_csv(
        qtbot, window, service, tmp_path, monkeypatch):
    workbench = window.workbench
    editor = workbench.editor
    choose(editor.endpoint, "post-saves")
    choose(editor.account, "demo-owner")
    editor.ids.set_entries(POSTS)
    saves = editor.findChild(QCheckBox, "metric:saves")
    assert saves.text() == "Saves" and saves.isEnabled(), saves.toolTip()
    qtbot.mouseClick(saves, Qt.MouseButton.LeftButton, pos=QPoint(8, saves.height() // 2))
    query = editor.query()
    assert (query.endpoint, query.account, query.metrics) == ("post-saves", "demo-owner",
                                                             ["saves"])

    with qtbot.waitSignal(workbench.runs.run_finished, timeout=20000) as finished:
        workbench.actions.run.trigger()
    result = finished.args[0]
    expected = {post: int(post) % 1000 for post in POSTS}  # what the service serves
    assert service.asked == [{"ids": POSTS, "fields": ["save_count"], "authorised": True}]
    assert sorted((r.post_id, r.metric, r.value) for r in result.rows()) == \
        sorted((post, "saves", value) for post, value in expected.items())

    shown = tree_rows(workbench.results.tree.proxy)
    assert shown == {post: (value, {"Saves": (value, {})}) for post, value in expected.items()}

    tsv, table = tmp_path / "saves.tsv", tmp_path / "saves.csv"
    export(qtbot, workbench, monkeypatch, tsv, "Tab-separated values")
    export(qtbot, workbench, monkeypatch, table, "CSV")
    header, *lines = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines()]
    assert header == ["post_id", "metric", "granularity", "bucket", "value"]
    assert sorted(lines) == sorted([post, "saves", "total", "", str(value)]
                                   for post, value in expected.items())
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["post_id", "metric", "granularity", "bucket_start", "value"]
    assert sorted(rows[1:]) == sorted([post, "saves", "total", "", str(value)]
                                      for post, value in expected.items())
