"""`engagement-desktop run`, in-process as a user would type it: bad input exits 2 with a clear
message, a run against the sandbox prints its job, its problems per post and writes exports."""
import json
import re

import pytest

from engagement_desktop.cli import main
from engagement_desktop.paths import AppPaths


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The app's config/data/log dirs under tmp_path, as HOME and XDG_* decide them."""
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    return AppPaths.default()


def workspace(tmp_path, **query) -> str:
    entry = {"name": "q", "endpoint": "totals", "account": "demo-app", "ids": ["20"],
             "metrics": ["favorites"], "groupings": {"per-post": ["tweet.id", "engagement.type"]},
             **query}
    path = tmp_path / "ws.json"
    path.write_text(json.dumps({"format_version": 1, "name": "t", "queries": [entry]}))
    return str(path)


def run(capsys, *argv) -> tuple[int, str]:
    code = main(["run", *argv])
    return code, capsys.readouterr().err


def test_a_missing_workspace_exits_2_naming_the_file(home, tmp_path, capsys):
    code, err = run(capsys, str(tmp_path / "nowhere.json"))
    assert code == 2 and "There is no workspace file" in err and "Traceback" not in err


def test_a_corrupt_workspace_exits_2_and_is_left_untouched(home, tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    code, err = run(capsys, str(path))
    assert code == 2 and "not valid JSON" in err and path.read_text() == "{not json"


def test_an_unknown_query_name_exits_2_listing_the_queries(home, tmp_path, capsys):
    code, err = run(capsys, workspace(tmp_path), "--query", "nope")
    assert code == 2 and "no query named 'nope'" in err and "'q'" in err


def test_an_export_with_an_unknown_extension_exits_2_before_anything_is_sent(home, tmp_path, capsys):
    code, err = run(capsys, workspace(tmp_path), "--export", str(tmp_path / "out.docx"))
    assert code == 2 and "'.docx'" in err and ".csv" in err


def test_an_export_into_a_missing_folder_exits_2(home, tmp_path, capsys):
    code, err = run(capsys, workspace(tmp_path), "--export", str(tmp_path / "no" / "out.csv"))
    assert code == 2 and "does not exist" in err


def test_an_account_list_that_cannot_be_read_exits_2_saying_why(home, tmp_path, capsys):
    (home.config / "accounts.json").mkdir(parents=True)
    code, err = run(capsys, workspace(tmp_path))
    assert code == 2 and "Traceback" not in err
    assert f"The account list {home.config / 'accounts.json'} cannot be read: it is a folder" in err


@pytest.fixture
def sandbox():
    from engagement_desktop.sandbox.server import SandboxServer
    with SandboxServer(rate_limit=100_000) as server:
        yield server


def recent(owner: int, state=None) -> str:
    from datetime import datetime, timedelta, timezone

    from engagement_desktop.sandbox import posts
    created = datetime.now(timezone.utc) - timedelta(days=5, minutes=owner * 7 + bool(state))
    return str(posts.make_id(created, owner, state or posts.OK))


def test_with_no_accounts_it_runs_on_the_sandboxs_demo_accounts_and_says_so(home, tmp_path,
                                                                          capsys, sandbox):
    csv_path, json_path = tmp_path / "out.csv", tmp_path / "out.json"
    code, err = run(capsys, workspace(tmp_path, ids=[recent(0), recent(1)]), "--base-url",
                    sandbox.base_url, "--export", str(csv_path), "--export", str(json_path))
    assert code == 0, err
    assert "No accounts are configured" in err and "demo data" in err
    assert re.search(r"^Job \S+\. If it stops, resume it with: .* --resume \S+$", err, re.M)
    assert "no problems" in err
    assert csv_path.read_text(encoding="utf-8-sig").count("favorites") == 2
    assert json.loads(json_path.read_text())["rows"]


def test_problems_are_summarised_per_post_and_the_exit_code_is_1(home, tmp_path, capsys, sandbox):
    from engagement_desktop.sandbox import posts
    gone = recent(2, posts.DELETED)
    code, err = run(capsys, workspace(tmp_path, ids=[recent(0), gone]), "--base-url",
                    sandbox.base_url)
    assert code == 1, err
    assert re.search(rf"^  post {gone}: unavailable: .*deleted", err, re.M)


def test_an_account_that_cannot_authenticate_exits_3_saying_how_to_log_in(home, tmp_path, capsys,
                                                                          sandbox):
    from engagement_desktop.core.endpoint import BEARER
    from engagement_desktop.credentials.account import Account
    from engagement_desktop.credentials.index import AccountIndex
    AccountIndex(home.config).add(Account("real", BEARER, base_url=sandbox.base_url,
                                          api_base_url=sandbox.base_url))
    code, err = run(capsys, workspace(tmp_path, account="real", ids=[recent(0)]))
    assert code == 3, err
    assert "accounts login real" in err


def test_an_invalid_query_exits_2_with_each_problem(home, tmp_path, capsys, sandbox):
    code, err = run(capsys, workspace(tmp_path, metrics=["favourites", "media_views"]),
                    "--base-url", sandbox.base_url)
    assert code == 2 and "cannot run" in err and "metrics:" in err and "Traceback" not in err


def test_ctrl_c_cancels_the_run_with_exit_130_and_how_to_resume(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    from engagement_desktop.sandbox.server import SandboxServer
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_STATE_HOME": str(tmp_path / "s")}
    code = "import sys; from engagement_desktop.cli import main; sys.exit(main())"
    with SandboxServer(faults="latency=5s") as slow:
        process = subprocess.Popen(
            [sys.executable, "-c", code, "run", workspace(tmp_path, ids=[recent(0)]),
             "--base-url", slow.base_url], env=env, text=True, stderr=subprocess.PIPE)
        for line in process.stderr:
            if line.startswith("Job "):
                break
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Cancelled. Resume with: engagement-desktop run" in err and "--resume" in err


def test_without_a_base_url_it_starts_the_sandbox_in_this_process(home, tmp_path, capsys):
    code, err = run(capsys, workspace(tmp_path, ids=[recent(0)]))
    assert code == 0, err
    assert re.search(r"running against the sandbox at http://127\.0\.0\.1:\d+", err)


def test_on_a_terminal_progress_is_a_bar_redrawn_in_place():
    import io

    from engagement_desktop.cli.run_display import Display
    from engagement_desktop.runner.events import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    display = Display(screen)
    display.progress(Progress(0, 4, None, job_id="job-1"), "ws.json", "q")
    display.progress(Progress(4, 4, 0.0, rate_limit=600), "ws.json", "q")
    display.end_progress()
    shown = screen.getvalue()
    assert "Job job-1." in shown
    assert "\r[" + "#" * 30 + "] 100% 4/4 · ETA 0 s · 600/min" in shown


def test_run_builds_the_plan_once_and_runs_what_it_estimated(home, tmp_path, capsys, sandbox,
                                                            monkeypatch):
    from engagement_desktop.runner import plan_door, service
    built, ran = [], []
    real_build, real_run = plan_door.build_plan, service.RunService.run
    monkeypatch.setattr(plan_door, "build_plan",
                        lambda *a, **k: built.append(real_build(*a, **k)) or built[-1])
    monkeypatch.setattr(service.RunService, "run", lambda self, prepared, **k:
                        ran.append(prepared) or real_run(self, prepared, **k))
    code, err = run(capsys, workspace(tmp_path, ids=[recent(0), recent(1)]), "--base-url",
                    sandbox.base_url)
    assert code == 0, err
    assert len(built) == 1 and ran[0].plan is built[0]
    steps = len(built[0].steps)
    assert re.search(rf"{steps} requests?, (about \d|under a second)", err), err
