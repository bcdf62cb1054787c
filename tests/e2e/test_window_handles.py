"""Issue 12, item 3 in the window: an ordinary totals run over posts of the three demo @handles
(each post on its owner's account) rolls up by @handle in the Table tab: the run itself
recorded each post's owner, nobody handed the window a mapping. Every rate shown is
checked against the same query run headlessly and grouped with the sandbox's own owners."""
import threading
from datetime import datetime, timedelta, timezone

import pytest
from e2e_fixtures import make_service
from window_fixtures import window_on

from engagement_desktop.core.analysis import build_table
from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.gui.results.analysis_table_model import cell_text
from engagement_desktop.runner.fold import OWNERS
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.accounts import USERS
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
IDS = [str(posts.make_id(TODAY - timedelta(days=20, minutes=7 * n), n % 3)) for n in range(9)]
OWNER_OF = {i: USERS[posts.owner_index(int(i))]["screen_name"] for i in IDS}  # the server's
QUERY = Query(name="dashboard", endpoint="totals", account="auto", ids=IDS,
              metrics=["impressions", "engagements", "favorites"],
              groupings={"per-post": ["tweet.id", "engagement.type"]})


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


@pytest.fixture
def window(qtbot, tmp_path, sandbox):
    main = window_on(tmp_path / "app", sandbox.base_url, Workspace("Dashboard", [QUERY]))
    qtbot.waitExposed(main)
    yield main
    main.workbench.runs.stop_and_wait()
    main.close()


def shown_rows(model, column: int) -> dict[str, str]:
    return {model.index(r, 0).data(): model.index(r, column).data()
            for r in range(model.rowCount())}


def test_a_window_totals_run_rolls_up_to_one_row_per_handle_with_headless_rates(
        qtbot, window, tmp_path, sandbox):
    workbench = window.workbench
    assert workbench.editor.query().account == "auto"
    with qtbot.waitSignal(workbench.runs.run_finished, timeout=30000) as finished:
        workbench.actions.run.trigger()
    result = finished.args[0]
    assert result.provenance[OWNERS] == OWNER_OF  # every post's author, found by the run

    view = workbench.results.analysis.view("table")
    assert view.grouping() == ["handle"]  # the owners are known: the table opens by @handle
    service = make_service(tmp_path / "headless", sandbox)
    prepared = service.prepare(QUERY)
    fold = service.fold(prepared)
    for event in service.run(prepared, cancel=threading.Event()):
        fold.add(event)
    service.close()
    headless_result = fold.result
    headless = build_table(headless_result, ["handle"], handles=OWNER_OF)
    rate = headless.index("engagement_rate") + 1
    shown = shown_rows(view.model, rate)
    assert set(shown) == {"@demo_owner", "@demo_analyst", "@demo_creator", "Total"}
    for node in [*headless.rows(), headless.total]:
        label = "Total" if node is headless.total else node.label
        assert node["engagement_rate"] > 0  # a real rate, not a blank
        assert shown[label] == cell_text(headless.columns[rate - 1], node["engagement_rate"])
