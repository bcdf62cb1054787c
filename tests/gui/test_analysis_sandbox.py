"""Issue 12, "Must show", against the in-process sandbox: runs made by the RunService as the
window makes them, fed to the results panel event by event, then read from its analyst tabs.

The runs record each post's @handle (the result's provenance); the headless computation groups
by the sandbox's own owner of each ID, as its demo accounts define it.
"""
import threading
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from engagement_desktop.core.analysis import build_heatmap, build_table
from engagement_desktop.core.query import Query
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.results.analysis_table_model import cell_text
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import posts, synthetic
from engagement_desktop.sandbox.accounts import USERS
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
# Three posts of each demo @handle, made 20 days ago (whole past days: the numbers stay put).
IDS = [str(posts.make_id(TODAY - timedelta(days=20, minutes=7 * n), n % 3)) for n in range(9)]
HANDLES = {i: "@" + USERS[posts.owner_index(int(i))]["screen_name"] for i in IDS}
METRICS = ["impressions", "engagements", "favorites"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    with SandboxServer() as server:
        paths = AppPaths.under(tmp_path_factory.mktemp("analysis")).ensure()
        service = RunService(paths, load_registry(paths),
                             StaticAccounts.from_sandbox(server.accounts, server.base_url),
                             UsageLedger(paths.data), sandbox_base_url=server.base_url,
                             clock=server.clock.now)
        yield service
        service.close()


def run_in_panel(panel: ResultsPanel, service: RunService, query: Query):
    """The run as the window shows it: the service's fold, every event through the panel."""
    prepared = service.prepare(query)
    panel.begin_run(prepared, service.fold(prepared))
    for event in service.run(prepared, cancel=threading.Event()):
        panel.on_event(event)
    return panel.current_result()


def test_a_totals_run_grouped_by_handle_shows_one_row_per_handle_with_its_engagement_rate(
        qtbot, service):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    query = Query(name="dashboard", endpoint="totals", account="auto", ids=IDS, metrics=METRICS,
                  groupings={"per-post": ["tweet.id", "engagement.type"]})
    result = run_in_panel(panel, service, query)
    view = panel.analysis.view("table")
    view.set_grouping(["handle"])
    headless = build_table(result, ["handle"], handles=HANDLES)
    rate = headless.index("engagement_rate") + 1
    shown = {view.model.index(r, 0).data(): view.model.index(r, rate).data()
             for r in range(view.model.rowCount())}
    assert set(shown) == {"@demo_owner", "@demo_analyst", "@demo_creator", "Total"}
    for node in [*headless.rows(), headless.total]:
        label = "Total" if node is headless.total else node.label
        assert shown[label] == cell_text(headless.columns[rate - 1], node["engagement_rate"])
        assert node["engagement_rate"] > 0  # a real rate, not a blank


def test_an_hourly_historical_run_shows_build_heatmaps_cells(qtbot, service):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    start = TODAY - timedelta(days=15)
    query = Query(name="best-time", endpoint="historical", account="auto", ids=IDS[:3],
                  metrics=METRICS, start=start.strftime("%Y-%m-%d"),
                  end=(TODAY - timedelta(days=1)).strftime("%Y-%m-%d"),
                  groupings={"hourly": ["tweet.id", "engagement.type", "engagement.hour"]})
    result = run_in_panel(panel, service, query)
    view = panel.analysis.view("heatmap")
    view.zone.setCurrentText("Europe/Madrid")
    view.set_measure("impressions")
    expected = build_heatmap(result, "impressions", tz="Europe/Madrid")
    np.testing.assert_array_equal(view.heatmap.cells, expected.cells)
    assert np.nansum(view.heatmap.cells) > 0
    assert view.image.image.shape == (7, 24)


def big_post(days_ago: int) -> str:
    """A demo-owner post made `days_ago` days ago whose long tail is large enough that a week
    of it is not a handful of impressions (the sandbox sizes each post by a hash of its ID)."""
    return next(str(post_id) for minutes in range(1, 2000)
                if synthetic.model(post_id := posts.make_id(
                    TODAY - timedelta(days=days_ago, minutes=minutes), 0)).tail > 2000)


def test_a_query_s_comparison_fetches_its_baseline_and_the_compare_tab_flags_the_outlier(
        qtbot, service):
    steady = [big_post(days) for days in (60, 80, 100)]  # a week of tail like the weeks before
    # Launched two days before the recent week: its burst is in the baseline, its week is tail.
    planted = str(posts.make_id(TODAY - timedelta(days=9, minutes=11), 0))
    week = TODAY - timedelta(days=7)
    query = Query(name="recent-vs-baseline", endpoint="historical", account="demo-owner",
                  ids=[*steady, planted], metrics=METRICS, start=week.strftime("%Y-%m-%d"),
                  end=TODAY.strftime("%Y-%m-%d"), compare="7:28",
                  groupings={"hourly": ["tweet.id", "engagement.type", "engagement.day",
                                        "engagement.hour"]})
    extra = service.prepare(query).plan.comparison_steps()
    assert extra and all(step.end <= week for step in extra)  # only the baseline's 28 days
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    result = run_in_panel(panel, service, query)
    first = min(int(buckets[0]) for buckets, _ in result.series_arrays().values())
    assert first >= week.timestamp()  # the query's own views hold only its own week
    assert result.earlier is not None and len(result.earlier) > 0  # the baseline was fetched
    view = panel.analysis.view("compare")
    assert view.preset.currentData() == "7:28"  # the query's own comparison
    view.choose("7:28", measure="impressions")
    rows = {row.key: row for row in view.comparison.rows}
    assert set(rows) == {*steady, planted}
    assert all(row.baseline > 0 for row in rows.values())  # all from the extra steps
    assert [key for key, row in rows.items() if row.flag] == [planted]
    assert rows[planted].flag == "below"
    shown = {view.rows.item(r, 0).text(): view.rows.item(r, 5).text()
             for r in range(view.rows.rowCount())}
    assert shown[planted] == "below baseline" and shown[steady[0]] == ""
