"""`engagement-desktop plan`, run as the real command: the requests a workspace would send,
and a plain message with exit code 2 for every kind of bad input."""
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace, save
from engagement_desktop.credentials.account import Account
from engagement_desktop.credentials.index import AccountIndex
from engagement_desktop.resources import EXAMPLES

NOW = "2026-11-23T12:00:00Z"
OWNED = "2109646518481850368"  # a demo-owner post of 2026-10-12 in the sandbox's scheme
HOURLY = ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path


def plan(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run([sys.executable, "-m", "engagement_desktop.cli", "plan", "--now", NOW,
                           *args], capture_output=True, text=True, env=env, timeout=60)


def workspace_with(home: Path, **changes) -> str:
    fields = {"name": "q", "endpoint": "historical", "account": "demo-owner", "ids": [OWNED],
              "metrics": ["impressions"], "groupings": {"hourly": HOURLY}, **changes}
    path = home / "w.json"
    save(Workspace("test", [Query(**fields)]), path)
    return str(path)


def assert_invalid(result: subprocess.CompletedProcess, *phrases: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr
    assert result.stdout.strip() == "" or result.stdout.startswith(("Query", "{"))


def test_1000_ids_over_335_days_print_480_requests_in_40_batches_by_12_windows(home):
    result = plan(home, str(EXAMPLES / "plan-1000x335.json"))
    assert result.returncode == 0, result.stderr
    assert "1,000 posts; 480 requests (40 batches × 12 windows)" in result.stdout
    assert result.stdout.count("POST /insights/engagement/historical") == 480
    # The first alone (0.5 s), 59 into the current window (taken to be half over: 30 s), 6 full
    # windows of 60, the last 60 in 2 rounds of 32 in flight: 391.5 s.
    assert ("Estimate: 480 requests, about 6.5 minutes at 60 requests per minute (the "
            "endpoint's declared limit; a run learns the server's own).") in result.stdout


def test_the_json_plan_has_every_request_and_windows_that_tile_the_range(home):
    result = plan(home, str(EXAMPLES / "plan-1000x335.json"), "--json")
    assert result.returncode == 0, result.stderr
    query = json.loads(result.stdout)["queries"][0]
    requests = query["requests"]
    assert len(requests) == 480 and query["estimate"] == {"requests": 480, "minutes": 6.52,
                                                          "per_minute": 60,
                                                          "learned": False}
    windows = sorted({(r["start"], r["end"]) for r in requests})
    # "last 335 days" at NOW: from the hour at or after 335 days ago to NOW's hour
    assert windows[0][0] == "2025-12-23T12:00:00Z" and windows[-1][1] == "2026-11-23T12:00:00Z"
    assert len(windows) == 12 and all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    first = requests[0]
    assert (first["method"], first["path"], first["account"]) == (
        "POST", "/insights/engagement/historical", "demo-owner")
    assert len(first["json"]["tweet_ids"]) == 25
    assert first["json"]["groupings"] == {"hourly": {"group_by": HOURLY}}
    assert sum(len(r["json"]["tweet_ids"]) for r in requests) == 1000 * 12


@pytest.mark.parametrize("name", ["totals-launch-week.json", "historical-hourly.json",
                                  "v2-insights.json"])
def test_every_example_workspace_plans_on_the_demo_accounts(home, name):
    result = plan(home, str(EXAMPLES / name))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Estimate:") == result.stdout.count("Query '")


def test_a_v2_query_prints_its_get_parameters(home):
    result = plan(home, str(EXAMPLES / "v2-insights.json"), "--query", "daily impressions (v2)")
    assert result.returncode == 0, result.stderr
    assert "GET /2/insights/historical" in result.stdout
    assert "granularity=Daily" in result.stdout
    assert "account demo-owner-oauth2 · window 2026-10-26T12:00:00Z → 2026-11-23T12:00:00Z" \
        in result.stdout


def test_posts_too_old_for_a_metric_are_listed_as_notes(home):
    old = str((int(datetime(2026, 1, 5, tzinfo=timezone.utc).timestamp() * 1000)
               - 1288834974657) << 22)
    path = workspace_with(home, endpoint="totals", ids=[OWNED, old],
                          metrics=["impressions", "favorites"],
                          groupings={"per-post": ["tweet.id", "engagement.type"]})
    result = plan(home, path)
    assert result.returncode == 0, result.stderr
    assert "2 requests" in result.stdout
    assert f"  {old}: Posted 2026-01-05, more than 90 days ago" in result.stdout


def test_garbage_ids_are_each_named_with_their_reason(home):
    result = plan(home, workspace_with(home, ids=["hello", "https://x.com/home", "1" * 25]))
    assert_invalid(result, "Query 'q' cannot be planned; change this:",
                   "ids: “hello” is not a post ID: a post ID has digits only.",
                   "ids: “https://x.com/home” is not a post ID: a link, but not to a post",
                   "more than 19 digits", "ids: There are no post IDs")


def test_a_wrong_four_value_order_names_the_legal_orders(home):
    result = plan(home, workspace_with(home, groupings={"x": list(reversed(HOURLY))}))
    assert_invalid(result, "groupings: Grouping 'x' has all 4 values in an order the API refuses")


def test_a_2013_start_date_says_which_start_to_pick(home):
    result = plan(home, workspace_with(home, start="2013-03-01", end="2026-11-01"))
    assert_invalid(result, "start: The start 2013-03-01 is before 2014-09-01",
                   "pick a start on or after 2025-11-24")


def test_a_corrupt_workspace_names_line_and_column_and_is_left_as_it_was(home):
    path = home / "broken.json"
    path.write_text('{"format_version": 1,\n "queries": [}\n')
    before = path.read_bytes()
    assert_invalid(plan(home, str(path)), "is not valid JSON", "at line 2, column 14")
    assert path.read_bytes() == before


def test_a_workspace_from_a_newer_version_asks_to_update(home):
    path = home / "new.json"
    path.write_text('{"format_version": 9, "name": "x", "queries": []}')
    assert_invalid(plan(home, str(path)), "written by a newer Engagement Desktop")


def test_a_missing_workspace_file_says_so(home):
    assert_invalid(plan(home, str(home / "nope.json")), "There is no workspace file")


def test_an_unknown_query_name_lists_the_queries(home):
    assert_invalid(plan(home, str(EXAMPLES / "v2-insights.json"), "--query", "nope"),
                   "has no query named 'nope'; its queries: 'daily impressions (v2)'")


def test_an_unknown_account_lists_the_demo_accounts_when_none_is_configured(home):
    assert_invalid(plan(home, workspace_with(home, account="alice")),
                   "account: There is no account named 'alice'; the sandbox's demo accounts "
                   "(no account is configured): demo-app,")


def test_configured_accounts_replace_the_demo_accounts(home):
    AccountIndex(home / "config" / "engagement-desktop").add(Account("alice", "bearer"))
    assert_invalid(plan(home, workspace_with(home)),
                   "There is no account named 'demo-owner'; the configured accounts: alice.")
    assert_invalid(plan(home, workspace_with(home, account="alice")),
                   "account: 'alice' is an app-only bearer account, which the historical "
                   "endpoint does not accept")


def test_an_unknown_endpoint_lists_the_loaded_ones(home):
    assert_invalid(plan(home, workspace_with(home, endpoint="weekly")),
                   "endpoint: There is no endpoint named 'weekly'; pick one of: ", "historical")


def test_an_invalid_now_option_says_how_to_write_it(home):
    assert_invalid(plan(home, str(EXAMPLES / "v2-insights.json"), "--now", "yesterday"),
                   "'yesterday' is not a date")


def test_a_now_before_the_first_post_id_is_refused(home):
    assert_invalid(plan(home, str(EXAMPLES / "v2-insights.json"), "--now", "0001-01-01"),
                   "The --now time 0001-01-01 is before the first post ID (2010-11-04")


def test_a_damaged_account_list_is_reported_and_the_demo_accounts_still_plan(home):
    accounts = home / "config" / "engagement-desktop" / "accounts.json"
    accounts.parent.mkdir(parents=True)
    accounts.write_text('{"format_version": 1, "accounts": 5}')
    result = plan(home, workspace_with(home))
    assert result.returncode == 0, result.stderr
    assert "The account list was damaged" in result.stderr
    assert "account demo-owner" in result.stdout


def test_162500_ids_are_planned_once_through_the_plan_door(home, monkeypatch, capsys):
    from engagement_desktop.cli import main
    from engagement_desktop.runner import plan_door

    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(var, str(home / sub))
    built = []
    real = plan_door.build_plan
    monkeypatch.setattr(plan_door, "build_plan", lambda *a, **k: built.append(1) or real(*a, **k))
    first = (int(datetime(2026, 11, 10, tzinfo=timezone.utc).timestamp() * 1000)
             - 1288834974657) << 22
    ids = [str(first + n) for n in range(162_500)]
    path = workspace_with(home, endpoint="totals", account="demo-app", ids=ids,
                          metrics=["favorites"], groupings={"per-post": ["tweet.id",
                                                                         "engagement.type"]})
    assert main(["plan", "--now", NOW, path]) == 0
    assert "162,500 posts; 650 requests" in capsys.readouterr().out
    assert len(built) == 1


def test_plan_prints_the_new_handles_the_run_would_bill(home):
    result = plan(home, workspace_with(home))
    assert result.returncode == 0, result.stderr
    assert "Adds 1 new @handle to this month's bill: @demo_owner." in result.stdout
    report = json.loads(plan(home, workspace_with(home), "--json").stdout)["queries"][0]
    assert report["new_handles"] == ["demo_owner"]


def test_plan_of_an_auto_query_sends_nothing_and_says_owners_are_looked_up_at_the_run(home):
    result = plan(home, workspace_with(home, account="auto"))
    assert result.returncode == 0, result.stderr
    assert "1 post; 0 requests" in result.stdout
    assert "The owners of 1 post are looked up when the run starts" in result.stdout


def test_plan_stays_light_no_qt_numpy_network_or_keyring_library(home):
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    code = ("import sys; from engagement_desktop.cli import main; "
            "code = main(['plan', '--now', sys.argv[2], sys.argv[1]]); "
            "print(sorted(m for m in ('PySide6', 'pyqtgraph', 'numpy', 'requests', 'keyring') "
            "if m in sys.modules), code, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, workspace_with(home), NOW],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.stderr.strip().splitlines()[-1] == "[] 0", done.stderr


def test_a_query_s_comparison_is_planned_and_its_baseline_requests_are_named(home):
    path = workspace_with(home, start="2026-10-26T00:00:00Z", end="2026-11-23T00:00:00Z",
                          compare="7:28")
    result = plan(home, path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert ("Comparison: Last 7 days vs the 28 before. Recent 2026-11-16 00:00 to 2026-11-23 "
            "00:00 UTC; baseline 2026-10-19 00:00 to 2026-11-16 00:00 UTC.") in out
    assert ("Extra requests for the baseline before the query's range (2026-10-19 00:00 to "
            "2026-10-26 00:00 UTC): 1, counted above.") in out
    assert out.count("(the comparison's baseline)") == 1
    assert "window 2026-10-19T00:00:00Z → 2026-10-26T00:00:00Z · step compare-" in out
    assert "Estimate: 2 requests" in out
    report = json.loads(plan(home, path, "--json").stdout)["queries"][0]
    assert report["comparison"]["extra_requests"] == 1
    assert report["comparison"]["extra_range"] == {"start": "2026-10-19T00:00:00Z",
                                                   "end": "2026-10-26T00:00:00Z"}
    assert [r["comparison_baseline"] for r in report["requests"]] == [False, True]


def test_a_comparison_of_periods_on_totals_says_what_to_pick(home):
    path = workspace_with(home, endpoint="totals", groupings={"g": ["tweet.id", "engagement.type"]},
                          compare="28:365")
    assert_invalid(plan(home, path), "compare: 'Last 28 days vs the 365 before' compares periods",
                   "handle-median")
