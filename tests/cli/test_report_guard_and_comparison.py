"""`report` writes through the export guard `run` uses (issue 12, item 2): never onto the
workspace, the app's own files or a file it did not export, an earlier export only with
--overwrite; and a query that carries a comparison is compared on the baseline its plan
fetched, without --compare (item 5)."""
import json
from datetime import datetime, timedelta, timezone

from engagement_desktop.sandbox import posts
from test_report_command import home, read_csv, report, totals_workspace  # noqa: F401 — fixture

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)


def test_the_workspace_is_never_an_export_target(home, tmp_path, capsys):
    workspace = totals_workspace(tmp_path)
    before = (tmp_path / "ws.json").read_bytes()
    code, err = report(capsys, workspace, "--export", workspace)
    assert code == 2 and "it is the workspace file itself" in err and "Traceback" not in err
    assert (tmp_path / "ws.json").read_bytes() == before


def test_a_file_the_app_did_not_export_and_the_app_s_own_files_are_refused(home, tmp_path,
                                                                          capsys):
    workspace = totals_workspace(tmp_path)
    notes = tmp_path / "notes.csv"
    notes.write_text("mine\n")
    code, err = report(capsys, workspace, "--export", str(notes), "--overwrite")
    assert code == 2 and "this app did not write it as an export" in err
    assert notes.read_text() == "mine\n"
    home.data.mkdir(parents=True, exist_ok=True)
    code, err = report(capsys, workspace, "--export", str(home.data / "exports.json"))
    assert code == 2 and "among the app's own files" in err


def test_an_earlier_export_and_the_files_beside_it_are_replaced_only_with_overwrite(
        home, tmp_path, capsys, server):
    workspace, out = totals_workspace(tmp_path), tmp_path / "views.csv"
    args = ["--compare", "handle-median", "--export", str(out), "--base-url", server.base_url]
    assert report(capsys, workspace, *args)[0] == 0
    assert (tmp_path / "views.comparison.csv").exists()
    code, err = report(capsys, workspace, *args)
    assert code == 2 and "it holds an earlier export. Add --overwrite" in err
    code, err = report(capsys, workspace, *args, "--overwrite")
    assert code == 0, err
    (tmp_path / "views.comparison.csv").write_text("edited by hand\n")  # no longer an export
    code, err = report(capsys, workspace, *args, "--overwrite")
    assert code == 2 and "views.comparison.csv: the file exists and this app did not" in err
    assert (tmp_path / "views.comparison.csv").read_text() == "edited by hand\n"


def test_a_query_s_own_comparison_is_reported_on_the_baseline_its_plan_fetched(
        home, tmp_path, capsys, server):
    week = TODAY - timedelta(days=7)
    ids = [str(posts.make_id(TODAY - timedelta(days=days, minutes=13), 0))
           for days in (9, 60)]
    query = {"name": "last week", "endpoint": "historical", "account": "demo-owner",
             "ids": ids, "metrics": ["impressions"], "compare": "7:28",
             "start": week.strftime("%Y-%m-%d"), "end": TODAY.strftime("%Y-%m-%d"),
             "groupings": {"daily": ["tweet.id", "engagement.type", "engagement.day"]}}
    path = tmp_path / "cmp.json"
    path.write_text(json.dumps({"format_version": 3, "name": "c", "queries": [query, {
        **query, "name": "no comparison", "compare": None}]}))
    code, err = report(capsys, str(path), "--export", str(tmp_path / "week.csv"),
                       "--base-url", server.base_url)
    assert code == 0, err
    notes, rows = read_csv(tmp_path / "week-last-week.comparison.csv")
    assert notes[1].startswith(f"Recent: {week:%Y-%m-%d} 00:00 to {TODAY:%Y-%m-%d} 00:00 UTC. "
                               f"Baseline: {week - timedelta(days=28):%Y-%m-%d} 00:00 to")
    flags = {row["post"].lstrip("'"): row["flag"] for row in rows}
    assert set(flags) == set(ids) and flags[ids[0]] == "below"  # launched in the baseline
    assert all(float(row["baseline"]) > 0 for row in rows)  # fetched by the extra requests
    assert (tmp_path / "week-last-week.csv").exists()
    assert (tmp_path / "week-no-comparison.csv").exists()
    assert not (tmp_path / "week-no-comparison.comparison.csv").exists()
