"""The real main window on the in-process sandbox: first run, run, cancel, files, state."""
import threading

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from engagement_desktop.app import add_demo_accounts
from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.shell.context import AppContext
from engagement_desktop.gui.shell.main_window import MainWindow
from engagement_desktop.plugins.export_guard import ExportRefused
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.gui.run.run_worker import RunWorker
from engagement_desktop.gui.shell.workbench import Workbench
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox.server import SandboxServer

POSTS = ["1460323737035677698", "https://x.com/demo/status/1460323737035677699?s=20"]
TOTALS = Query(name="likes per post", endpoint="totals", account="demo-app", ids=POSTS,
               metrics=["favorites", "retweets"],
               groupings={"per-post": ["tweet.id", "engagement.type"]})


@pytest.fixture(scope="module")
def sandbox():
    server = SandboxServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def make_window(qtbot, paths, store, tmp_path, sandbox):
    add_demo_accounts(store)
    registry = load_registry(paths)
    ledger = UsageLedger(paths.data)
    service = RunService(paths, registry, store, ledger, sandbox_base_url=sandbox.base_url)
    windows = []

    def make(queries=(TOTALS,)):
        ctx = AppContext(
            paths=paths, settings=QSettings(str(tmp_path / "window.ini"),
                                            QSettings.Format.IniFormat),
            registry=registry, accounts=store, ledger=ledger, service=service,
            make_results_panel=ResultsPanel, make_worker=RunWorker,
            sandbox_url=sandbox.base_url, demo_only=True)
        # Not qtbot.addWidget: qtbot would close it before the save prompt is turned off.
        window = MainWindow(ctx.settings)
        window.attach(Workbench(window, ctx, Workspace("Launch week", list(queries))))
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not shiboken6.isValid(window):  # the test closed it, and a closed window is deleted
            continue
        window.workbench.runs.stop_and_wait()
        window.workbench.files.dirty = False  # what a test typed is not worth the save prompt
        window.close()


def run_and_wait(qtbot, window, timeout=20000):
    with qtbot.waitSignal(window.workbench.runs.run_finished, timeout=timeout) as finished:
        window.workbench.actions.run.trigger()
    return finished.args[0]


def test_first_run_shows_the_sandbox_banner_and_the_example_query_runs_with_one_click(
        qtbot, make_window):
    window = make_window()
    assert window.workbench.banner.isVisible()
    assert window.windowTitle().startswith("Launch week — Engagement Desktop")
    assert "demo-app" in window.workbench.status.account.text()
    result = run_and_wait(qtbot, window)
    assert result is window.workbench.results.current_result()
    posts = {row.post_id for row in result.rows()}
    assert posts == {"1460323737035677698", "1460323737035677699"}
    assert {row.metric for row in result.rows()} == {"favorites", "retweets"}
    assert window.workbench.actions.run.isEnabled() and not window.workbench.actions.cancel.isEnabled()


def test_the_banner_shows_while_a_query_uses_a_sandbox_account_even_beside_a_real_one(
        qtbot, make_window, store):
    window = make_window()
    banner = window.workbench.banner
    store.add(Account("mine", "bearer"), Secrets(bearer_token="t"))
    window.workbench._accounts_changed()
    assert window.workbench.editor.account.findData("mine") >= 0
    # The example query still asks the sandbox's demo account: its numbers are demo data.
    assert banner.isVisible() and "uses a sandbox account" in banner.text.text()
    editor = window.workbench.editor
    editor.account.setCurrentIndex(editor.account.findData("mine"))
    assert all(q.account == "mine" for q in window.workbench.panel.queries())
    assert not banner.isVisible()
    window.workbench.panel.add()  # a new query, on a sandbox account again
    window.workbench.editor.account.setCurrentIndex(editor.account.findData("demo-app"))
    assert banner.isVisible()


def test_cancel_stops_a_long_run_and_the_window_stays_usable(qtbot, make_window):
    ids = [str(1460323737035677698 + 7 * i) for i in range(300)]
    long_query = Query(name="long", endpoint="historical", account="demo-owner", ids=ids,
                       metrics=["impressions"],
                       groupings={"g": ["tweet.id", "engagement.type", "engagement.day"]},
                       start=None, end=None)
    window = make_window([long_query])
    window.workbench.editor.time.apply_preset(365)
    window.workbench.ctx.settings.setValue("prefs/confirm_above_requests", 1_000_000)
    started = threading.Event()
    window.workbench.runs.running_changed.connect(lambda running: running and started.set())
    window.workbench.actions.run.trigger()
    assert started.is_set() and window.workbench.actions.cancel.isEnabled()
    with qtbot.waitSignal(window.workbench.runs.run_finished, timeout=10000):
        window.workbench.actions.cancel.trigger()
    assert window.workbench.runs.cancelled
    assert "Cancelled" in window.workbench.status.currentMessage()
    assert window.workbench.actions.run.isEnabled()


def test_invalid_query_is_not_run_and_the_problems_are_said(qtbot, make_window):
    window = make_window([Query(name="bad", endpoint="totals", account="demo-app", ids=["nope"],
                                metrics=["favorites"])])
    window.workbench.actions.run.trigger()
    assert window.workbench.runs.worker is None
    notice = window.findChild(QMessageBox, "notice")
    assert "“nope” is not a post ID" in notice.text()


def test_export_writes_csv_and_chart_files(qtbot, make_window, tmp_path):
    window = make_window()
    run_and_wait(qtbot, window)
    csv, png, svg = tmp_path / "out.csv", tmp_path / "chart.png", tmp_path / "chart.svg"
    window.workbench.runs.export(csv)
    window.workbench.runs.export(png)
    window.workbench.runs.export(svg)
    qtbot.waitUntil(lambda: csv.exists(), timeout=10000)
    assert "1460323737035677698" in csv.read_text(encoding="utf-8-sig")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:2000]


def test_an_export_whose_sidecar_would_replace_a_file_of_the_user_s_is_refused(
        qtbot, make_window, tmp_path):
    window = make_window()
    run_and_wait(qtbot, window)
    theirs = tmp_path / "out.csv.provenance.json"
    theirs.write_text("my own notes\n")
    window.workbench.runs.export(tmp_path / "out.csv")
    notice = window.findChild(QMessageBox, "notice")
    assert f"Cannot export to {theirs}" in notice.text()
    assert theirs.read_text() == "my own notes\n" and not (tmp_path / "out.csv").exists()


def test_an_analyst_view_is_never_exported_over_the_open_workspace(qtbot, make_window, tmp_path):
    from engagement_desktop.plugins.export_guard import ExportRefused

    window = make_window()
    workspace = tmp_path / "ws.json"
    window.workbench.files.path = workspace
    assert window.workbench.files.save()
    before = workspace.read_bytes()
    run_and_wait(qtbot, window)
    exports = window.workbench.results.analysis.exports
    with pytest.raises(ExportRefused, match="it is the workspace file itself"):
        exports.export("table", workspace)
    assert workspace.read_bytes() == before


def test_the_export_headers_menu_picks_the_language_of_the_exported_headers(
        qtbot, make_window, tmp_path):
    window = make_window()
    run_and_wait(qtbot, window)
    menu = window.workbench.actions.export_headers
    names = [action.text() for action in menu.actions()]
    assert names == ["Machine-readable (API names in CSV and JSON)", "Español", "English"]
    assert menu.actions()[0].isChecked()  # machine-readable headers unless asked
    files = {"plain": tmp_path / "plain.csv", "es": tmp_path / "es.csv"}
    window.workbench.runs.export(files["plain"])
    qtbot.waitUntil(lambda: files["plain"].exists(), timeout=10000)
    menu.actions()[1].trigger()
    window.workbench.runs.export(files["es"])
    qtbot.waitUntil(lambda: files["es"].exists(), timeout=10000)
    plain, spanish = (files[k].read_text(encoding="utf-8-sig").splitlines() for k in files)
    assert plain[0] == "post_id,metric,granularity,bucket_start,value"
    assert spanish[0] == ("ID de la publicación,Métrica,Granularidad,"
                          "Inicio del intervalo (UTC),Valor")
    assert spanish[1:] == plain[1:] and len(plain) > 1
    assert window.workbench.ctx.settings.value("export/headers_language") == "es"
    assert [a.isChecked() for a in menu.actions()] == [False, True, False]


def test_saved_workspace_reopens_and_window_layout_is_remembered(qtbot, make_window, tmp_path):
    window = make_window()
    window.workbench.panel.add()
    target = tmp_path / "ws.json"
    window.workbench.files.path = target
    assert window.workbench.files.save()
    window.resize(760, 540)  # fits the offscreen screen, so restoring does not clamp it
    window.workbench.outer.setSizes([240, 520])
    panel_width = window.workbench.outer.sizes()[0]
    window.close()
    again = make_window([Query(name="other")])
    assert [q.name for q in again.workbench.panel.queries()] == ["likes per post", "new query"]
    assert again.workbench.files.path == target  # the last workspace reopens
    assert again.workbench.outer.sizes()[0] == panel_width
    assert again.height() == 540  # (the width is held at the layout's minimum offscreen)


def test_an_unexpected_error_in_an_action_shows_a_message_not_a_traceback(qtbot, make_window,
                                                                          monkeypatch):
    window = make_window()

    def broken(query, **options):
        raise RuntimeError("planner exploded")

    monkeypatch.setattr(window.workbench.ctx.service, "prepare", broken)
    window.workbench.run_current()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "planner exploded" in box.text()
    assert "Traceback" not in box.text()


def auto_query() -> tuple[Query, list[str], list[str], str]:
    """An `auto` query on posts of two demo owners and a deleted post, whose owner lookup
    fails: (query, @demo_owner's posts, @demo_analyst's posts, the deleted post)."""
    from datetime import datetime, timedelta, timezone

    from engagement_desktop.sandbox import posts

    today = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    mine = [str(posts.make_id(today - timedelta(days=20, minutes=n), 0)) for n in range(3)]
    theirs = [str(posts.make_id(today - timedelta(days=20, minutes=n), 1)) for n in range(2)]
    gone = str(posts.make_id(today - timedelta(days=20), 0, posts.DELETED))
    query = Query(name="auto", endpoint="historical", account="auto", ids=mine + theirs + [gone],
                  metrics=["impressions"],
                  groupings={"daily": ["tweet.id", "engagement.type", "engagement.day"]},
                  start=f"{today - timedelta(days=10):%Y-%m-%d}",
                  end=f"{today - timedelta(days=1):%Y-%m-%d}")
    return query, mine, theirs, gone


def test_with_auto_the_requests_tab_lists_exactly_the_steps_the_run_sends(qtbot, make_window,
                                                                          monkeypatch):
    from engagement_desktop.runner.events import StepStarted

    query, mine, theirs, gone = auto_query()
    window = make_window([query])
    workbench = window.workbench
    workbench.editor.check_now()
    assert "are looked up when the run starts" in workbench.editor.plan.details.text()
    listed, ran, sent = [], [], []
    begin_run, run = workbench.results.begin_run, workbench.ctx.service.run

    def spy_run(prepared, **options):
        ran.append(prepared)
        for event in run(prepared, **options):
            if isinstance(event, StepStarted):
                sent.append(event.step_id)
            yield event

    monkeypatch.setattr(workbench.results, "begin_run",
                        lambda prepared, fold=None: listed.append(prepared) or
                        begin_run(prepared, fold))
    monkeypatch.setattr(workbench.ctx.service, "run", spy_run)
    run_and_wait(qtbot, window)
    assert ran == listed and ran[0] is listed[0]  # the object listed is the object run
    rows = [state.step_id for state in workbench.results.requests.model.steps()]
    assert rows == [step.id for step in ran[0].plan.steps] and sorted(set(sent)) == sorted(rows)
    routed = {step.account: set(step.ids) for step in ran[0].plan.steps}
    assert routed == {"demo-owner": set(mine), "demo-analyst": set(theirs)}
    problems = workbench.results.current_result().problems
    assert [p.post_id for p in problems] == [gone]  # the lookup's note: nothing sent for it


def test_cancel_while_the_owners_are_looked_up_sends_nothing(qtbot, make_window, monkeypatch):
    window = make_window([auto_query()[0]])
    runs, service = window.workbench.runs, window.workbench.ctx.service

    def slow_lookup(prepared, cancel):  # a slow server: the lookup waits for the cancel
        cancel.wait(10)
        return None

    monkeypatch.setattr(service, "look_up_owners", slow_lookup)
    sent_before = service.transport.requests_sent
    window.workbench.actions.run.trigger()
    assert runs.running and window.workbench.actions.cancel.isEnabled()
    with qtbot.waitSignal(runs.run_finished, timeout=10000):
        window.workbench.actions.cancel.trigger()
    assert runs.cancelled and runs.worker is None and not runs.running
    assert "nothing was sent" in window.workbench.status.currentMessage()
    assert service.transport.requests_sent == sent_before
    assert window.workbench.actions.run.isEnabled()


def test_the_analysis_tabs_never_export_onto_the_window_s_workspace(qtbot, make_window,
                                                                     tmp_path):
    window = make_window()
    run_and_wait(qtbot, window)
    target = tmp_path / "ws.json"
    window.workbench.files.path = target
    assert window.workbench.files.save()
    saved = target.read_bytes()
    exports = window.workbench.results.analysis.exports
    with pytest.raises(ExportRefused, match="it is the workspace file itself"):
        exports.export("table", target)
    assert target.read_bytes() == saved
    with pytest.raises(ExportRefused, match="among the app's own files"):
        exports.export("table", window.workbench.ctx.paths.data / "exports.json")
