"""Issue 11, "Must show": the same workspace, run from the CLI and from the window, exports
byte-identical CSV and JSON. Both go through the one plan door and the one result fold; the
per-run fields (job ID, finish time) are made equal by giving both the same clock and job tag."""
import json
from datetime import datetime, timedelta, timezone

import pytest
from window_fixtures import window_on

from engagement_desktop.cli import main
from engagement_desktop.core.query import Query
from engagement_desktop.core.utc import to_wire
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.runner import journal, service
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow

NOW = datetime.now(timezone.utc).replace(microsecond=0)
TODAY = NOW.replace(hour=0, minute=0, second=0)
IDS = [str(posts.make_id(TODAY - timedelta(days=4, minutes=7 * n), n % 3)) for n in range(6)] \
    + [str(posts.make_id(TODAY - timedelta(days=3), 0, posts.DELETED))]
QUERY = Query(name="same", endpoint="historical", account="demo-owner", ids=IDS,
              metrics=["impressions", "favorites"],
              groupings={"daily": ["tweet.id", "engagement.type", "engagement.day"]},
              start=to_wire(TODAY - timedelta(days=7)), end=to_wire(TODAY))


@pytest.fixture
def same_run(monkeypatch):
    """Both runs see the same time and draw the same job tag: only per-run fields depend on them."""
    monkeypatch.setattr(service, "utcnow", lambda: NOW)
    monkeypatch.setattr(journal.secrets, "token_hex", lambda n: "5a" * n)


def test_a_workspace_exports_the_same_csv_and_json_from_the_cli_and_the_window(
        qtbot, tmp_path, monkeypatch, same_run):
    with SandboxServer() as sandbox:
        window = window_on(tmp_path / "app", sandbox.base_url, Workspace("same", [QUERY]))
        runs = window.workbench.runs
        try:
            saved = tmp_path / "same.json"  # the workspace as the window saves it
            window.workbench.files.path = saved
            assert window.workbench.files.save()
            with qtbot.waitSignal(runs.run_finished, timeout=20000):
                window.workbench.actions.run.trigger()
            shown = {ext: tmp_path / f"window{ext}" for ext in (".csv", ".json")}
            for target in shown.values():
                runs.export(target)
            qtbot.waitUntil(lambda: all(t.exists() for t in shown.values()), timeout=10000)
        finally:
            runs.stop_and_wait()
            window.workbench.files.dirty = False
            window.close()

        for var, sub in (("HOME", "cli"), ("XDG_CONFIG_HOME", "cli/config"),
                         ("XDG_DATA_HOME", "cli/data"), ("XDG_STATE_HOME", "cli/state")):
            monkeypatch.setenv(var, str(tmp_path / sub))
        typed = {ext: tmp_path / f"cli{ext}" for ext in (".csv", ".json")}
        code = main(["run", str(saved), "--base-url", sandbox.base_url,
                     *(arg for t in typed.values() for arg in ("--export", str(t)))])
    assert code == 1  # the deleted post is a problem of the run, in both
    for ext in (".csv", ".json"):
        assert typed[ext].read_bytes() == shown[ext].read_bytes(), ext
    document = json.loads(typed[".json"].read_text())
    assert document["rows"] and len({p["post_id"] for p in document["problems"]}) >= 3
    assert document["provenance"]["job_id"].endswith("-5a5a5a")
    assert document["provenance"]["finished"] == NOW.isoformat()
