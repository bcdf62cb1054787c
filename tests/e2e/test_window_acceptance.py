"""Issue 6, "Must show": a user drives the real main window on the in-process sandbox.

They paste bare IDs and status URLs, pick the historical endpoint, an account, metrics and two
groupings (daily and hourly), run with Ctrl+R, read the sums in the tree, regroup it, and
export an Excel workbook from the Export menu. Every number the window shows is checked
against the same query run headlessly through the RunService (rows summed here, not by the
GUI's model), on the same sandbox.
"""
import threading
import zipfile
from collections import Counter
from datetime import datetime, timedelta, timezone

import openpyxl
import pytest
from window_fixtures import window_on
from e2e_fixtures import make_service
from PySide6.QtCore import QDateTime, QModelIndex, QPoint, Qt, QTimeZone
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog

from engagement_builtins.catalog import METRICS
from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import DAY, HOUR
from engagement_desktop.core.utc import to_wire
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.gui.results.result_tree_model import SORT_ROLE
from engagement_desktop.runner.events import PageParsed
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.accounts import sample_posts
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
START, END = TODAY - timedelta(days=7), TODAY  # whole past days: the numbers cannot move
RECENT = sample_posts(0, TODAY)["recent"]  # @demo_owner's posts 1, 3 and 6 days old
EXTRA = str(posts.make_id(TODAY - timedelta(days=2, hours=-5), 0))
POST_IDS = [RECENT[0], RECENT[1], RECENT[2], EXTRA]
PASTED = "\n".join([
    RECENT[0],
    f"https://x.com/demo_owner/status/{RECENT[1]}?s=20&t=AbCdEf",
    f"https://mobile.twitter.com/demo_owner/status/{RECENT[2]}?ref_src=twsrc%5Etfw",
    f"{EXTRA}, https://twitter.com/demo_owner/status/{RECENT[0]}?lang=en",  # a duplicate
])
METRIC_NAMES = ["impressions", "engagements", "favorites"]
GROUPINGS = {"by-day": ["tweet.id", "engagement.type", "engagement.day"],
             "by-hour": ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]}
HEADLESS_QUERY = Query(name="launch", endpoint="historical", account="demo-owner",
                       ids=POST_IDS, metrics=METRIC_NAMES, groupings=GROUPINGS,
                       start=to_wire(START), end=to_wire(END))


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


@pytest.fixture
def window(qtbot, tmp_path, sandbox):
    """The main window as app.py builds it, on this sandbox; its secrets stay in memory."""
    main = window_on(tmp_path / "app", sandbox.base_url,
                     Workspace("Launch week", [Query(name="launch")]))
    qtbot.waitExposed(main)
    yield main
    main.workbench.runs.stop_and_wait()
    main.workbench.files.dirty = False  # what the test typed is not worth a save prompt
    main.close()  # and so deleted (WA_DeleteOnClose)


@pytest.fixture(scope="module")
def expected(tmp_path_factory, sandbox):
    """The headless run's rows, summed here by granularity and by each grouping the tree shows."""
    service = make_service(tmp_path_factory.mktemp("headless"), sandbox)
    rows = [row for event in service.run(service.prepare(HEADLESS_QUERY), cancel=threading.Event())
            if isinstance(event, PageParsed) for row in event.rows]
    service.close()
    sums = {key: Counter() for key in ("post", "metric", "post-metric", "metric-post", "day",
                                       "day-post")}
    for row in rows:
        day = day_label(row.bucket - row.bucket % 86400)
        for key, where in (("post", row.post_id), ("metric", display(row.metric)),
                           ("post-metric", (row.post_id, display(row.metric))),
                           ("metric-post", (display(row.metric), row.post_id)), ("day", day),
                           ("day-post", (day, row.post_id))):
            sums[key][row.granularity, where] += row.value
    return {"rows": rows, **sums}


def at(sums: Counter, granularity: str, above=None) -> dict:
    """The sums of one granularity; with `above`, those under that first key, by second key."""
    if above is None:
        return {key: value for (grain, key), value in sums.items() if grain == granularity}
    return {key[1]: value for (grain, key), value in sums.items()
            if grain == granularity and key[0] == above}


# -- what the user does ---------------------------------------------------------------------
def choose(combo: QComboBox, data) -> None:
    """Pick the item holding `data`, as a click in the combo's popup does."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QTest.qWait(20)  # back to the event loop, as between two clicks: replaced widgets go


def tick(row, value: str) -> None:
    item = row.values.findItems(value, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)


def add_grouping(qtbot, builder, name: str, values: list[str]) -> None:
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row = builder.rows()[-1]
    row.name_edit.selectAll()
    qtbot.keyClicks(row.name_edit, name)
    for value in values:
        tick(row, value)


def set_range(edit, instant: datetime) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(instant.timestamp()), QTimeZone.utc()))


def fill_in_the_query(qtbot, window) -> None:
    editor = window.workbench.editor
    choose(editor.endpoint, "historical")
    choose(editor.account, "demo-owner")
    QGuiApplication.clipboard().setText(PASTED)
    editor.ids.edit.setFocus()
    qtbot.keyClick(editor.ids.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    for name in METRIC_NAMES:
        box = editor.findChild(QCheckBox, f"metric:{name}")
        assert box.isEnabled(), box.toolTip()
        # On the box itself: a short label leaves the middle of a wide grid cell unclickable.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    builder = editor.groupings
    for name, values in GROUPINGS.items():
        add_grouping(qtbot, builder, name, values)
    set_range(editor.time.start, START)
    set_range(editor.time.end, END)


# -- what the user reads --------------------------------------------------------------------
def shown(proxy, parent=None, *, one_metric: bool) -> dict[str, int]:
    """The rows the tree shows under `parent`: label → the number in the Value column. Rows
    that mix several metrics show no number (a sum of likes and impressions means nothing):
    for them, the sum the model keeps for sorting."""
    parent = parent if parent is not None else QModelIndex()
    while proxy.canFetchMore(parent):
        proxy.fetchMore(parent)
    out = {}
    for row in range(proxy.rowCount(parent)):
        label = proxy.index(row, 0, parent).data()
        value = proxy.index(row, 1, parent)
        if one_metric:
            out[label] = int(value.data().replace(",", ""))
        else:
            assert value.data() == "", label
            out[label] = value.data(SORT_ROLE)
    return out


def children(proxy, label: str, *, one_metric: bool) -> dict[str, int]:
    top = next(proxy.index(r, 0, QModelIndex()) for r in range(proxy.rowCount())
               if proxy.index(r, 0, QModelIndex()).data() == label)
    return shown(proxy, top, one_metric=one_metric)


def display(metric: str) -> str:
    return METRICS[metric].display


def day_label(bucket: int) -> str:
    return datetime.fromtimestamp(bucket, timezone.utc).strftime("%Y-%m-%d")


def test_pasted_ids_run_and_the_tree_regrouped_and_the_xlsx_export_show_the_headless_sums(
        qtbot, window, expected, tmp_path, monkeypatch):
    fill_in_the_query(qtbot, window)
    ids = window.workbench.editor.ids
    qtbot.waitUntil(lambda: ids.count.text() == "4 posts", timeout=3000)  # the duplicate is one
    assert ids.post_ids == POST_IDS and not ids.rejected.isVisible()
    query = window.workbench.editor.query()
    assert (query.endpoint, query.account, query.metrics, query.groupings, query.start,
            query.end) == ("historical", "demo-owner", METRIC_NAMES, GROUPINGS,
                           HEADLESS_QUERY.start, HEADLESS_QUERY.end)
    window.workbench.editor.check_now()
    assert not window.workbench.editor.groupings.problems.isVisible()

    window.activateWindow()
    with qtbot.waitSignal(window.workbench.runs.run_finished, timeout=15000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    result = finished.args[0]
    assert not window.workbench.runs.cancelled and window.workbench.actions.run.isEnabled()
    assert len(result) == len(expected["rows"]) > 0
    assert result.granularities() == {DAY, HOUR}
    assert all(at(expected["post"], HOUR).values())  # every post has numbers to sum

    tree = window.workbench.results.tree
    proxy = tree.proxy
    numbers = tree.findChild(QComboBox, "treeGranularity")
    assert numbers.isVisible() and tree.model.headerData(0, Qt.Orientation.Horizontal) \
        == "Post › Metric › Day"
    for grain in (HOUR, DAY):  # the hourly and the daily grouping's numbers, each on its own
        choose(numbers, grain)
        assert shown(proxy, one_metric=False) == at(expected["post"], grain)
        for post in POST_IDS:
            assert children(proxy, post, one_metric=True) == \
                at(expected["post-metric"], grain, post)

    choose(tree.findChild(QComboBox, "groupLevel0"), "metric")
    choose(tree.findChild(QComboBox, "groupLevel1"), "post")
    assert tree.regroup.dims()[:2] == ("metric", "post")
    assert shown(proxy, one_metric=True) == at(expected["metric"], DAY)
    for metric in METRIC_NAMES:
        assert children(proxy, display(metric), one_metric=True) == \
            at(expected["metric-post"], DAY, display(metric))

    choose(tree.findChild(QComboBox, "groupLevel0"), "day")
    assert tree.regroup.dims() == ("day", "post")
    for grain in (DAY, HOUR):  # the hours roll up to the same days the server summed
        choose(numbers, grain)
        days = shown(proxy, one_metric=False)
        assert days == at(expected["day"], grain) and len(days) == 7
        for day in days:
            assert children(proxy, day, one_metric=False) == at(expected["day-post"], grain, day)

    workbook = tmp_path / "launch.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(workbook), ""))
    excel = next(a for a in window.workbench.actions.export_menu.actions() if a.text().startswith("Excel"))
    excel.trigger()
    qtbot.waitUntil(lambda: "Exported to" in window.workbench.status.currentMessage(), timeout=10000)
    assert_workbook_sums(workbook, expected)


def assert_workbook_sums(workbook, expected) -> None:
    """Its sheets, its charts, and its numbers: the Data lines and the Daily pivot's columns."""
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert {"Data", "Hourly", "Daily", "Problems", "Query"} <= set(book.sheetnames)
    with zipfile.ZipFile(workbook) as archive:  # openpyxl does not read charts back
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 2  # a line chart beside each of Hourly and Daily
    data = Counter()
    for post, metric, grain, _bucket, value in book["Data"].iter_rows(min_row=2, values_only=True):
        data[grain, (post, metric)] += value
    assert data == expected["post-metric"]
    daily = list(book["Daily"].iter_rows(values_only=True))
    columns = {name: sum(line[i] or 0 for line in daily[1:])
               for i, name in enumerate(daily[0]) if i}
    assert columns == at(expected["metric"], DAY)
    book.close()
