"""Issue 13, item 7: an export never replaces the workspace, the job journal or a file the app did
not write as an export; an earlier export is replaced only when asked (--overwrite). A refusal
exits 2 before anything is sent, and the file is left byte for byte."""
from __future__ import annotations

import json

import pytest
from reliability_fixtures import AppHome, raw_text_in

from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.export_guard import ExportGuard, ExportRefused

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"
WORKSPACE = {"format_version": 1, "name": "w", "queries": [{
    "name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A], "metrics": ["favorites"],
    "groupings": {"g": ["tweet.id", "engagement.type"]}}]}


def workspace_in(home: AppHome):
    path = home.root / "ws.json"
    path.write_text(json.dumps(WORKSPACE))
    return path


def assert_refused(result, *words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    for word in words:
        assert word in result.stderr, result.stderr
    assert raw_text_in(result.stderr) == [] and "Wrote" not in result.stderr
    assert "requests done" not in result.stderr  # refused before anything was sent


def test_an_export_onto_its_own_workspace_is_refused_and_the_workspace_kept(home):
    workspace = workspace_in(home)
    before = workspace.read_bytes()
    assert_refused(home.cli("run", str(workspace), "--export", str(workspace)),
                   "it is the workspace file itself")
    assert_refused(home.cli("run", str(workspace), "--export", str(workspace), "--overwrite"),
                   "it is the workspace file itself")
    assert workspace.read_bytes() == before


def test_an_export_onto_the_journal_is_refused_and_the_journal_kept(home):
    workspace = workspace_in(home)
    assert home.cli("run", str(workspace)).returncode == 0  # the journal now exists
    journal = home.data / "jobs.sqlite3"
    before = journal.read_bytes()
    target = home.data / "jobs.sqlite3.json"
    assert_refused(home.cli("run", str(workspace), "--export", str(target), "--overwrite"),
                   "among the app's own files")
    assert journal.read_bytes() == before and not target.exists()


def test_a_file_the_app_did_not_write_is_never_replaced(home):
    workspace = workspace_in(home)
    theirs = home.root / "report.csv"
    theirs.write_text("my own notes\n")
    assert_refused(home.cli("run", str(workspace), "--export", str(theirs), "--overwrite"),
                   "did not write it as an export")
    assert theirs.read_text() == "my own notes\n"


def test_an_earlier_export_is_replaced_only_with_overwrite(home):
    workspace = workspace_in(home)
    export = home.root / "out.csv"
    first = home.cli("run", str(workspace), "--export", str(export))
    assert first.returncode == 0 and f"Wrote {export}" in first.stderr
    written = export.read_bytes()
    assert_refused(home.cli("run", str(workspace), "--export", str(export)),
                   "holds an earlier export", "--overwrite")
    assert export.read_bytes() == written
    again = home.cli("run", str(workspace), "--export", str(export), "--overwrite")
    assert again.returncode == 0 and f"Wrote {export}" in again.stderr
    assert f"{A},favorites,total" in export.read_text(encoding="utf-8-sig")


def test_an_earlier_export_edited_since_is_no_longer_the_apps(tmp_path):
    paths = AppPaths.under(tmp_path / "app").ensure()
    guard, export = ExportGuard(paths), tmp_path / "out.csv"
    export.write_text("written by the app")
    guard.remember(export)
    guard.check(export, None, overwrite=True)
    export.write_text("edited by hand, and longer")
    with pytest.raises(ExportRefused, match="did not write it as an export"):
        guard.check(export, None, overwrite=True)


def test_the_window_refuses_the_open_workspace_but_not_a_file_its_dialog_confirmed(tmp_path):
    paths = AppPaths.under(tmp_path / "app").ensure()
    guard, workspace, other = ExportGuard(paths), tmp_path / "ws.json", tmp_path / "other.json"
    workspace.write_text("{}")
    other.write_text("{}")
    with pytest.raises(ExportRefused, match="the workspace file itself"):
        guard.check_not_own(workspace, workspace)
    with pytest.raises(ExportRefused, match="among the app's own files"):
        guard.check_not_own(paths.data / "usage.sqlite3", workspace)
    guard.check_not_own(other, workspace)
    guard.check_not_own(paths.data / "my-workspace.json", workspace)


def test_a_csv_s_provenance_sidecar_is_guarded_as_the_csv_itself(home):
    workspace = workspace_in(home)
    # A workspace named as the sidecar of the CSV asked for: the export must not replace it.
    sidecar_workspace = home.root / "out.csv.provenance.json"
    sidecar_workspace.write_text(json.dumps(WORKSPACE))
    before = sidecar_workspace.read_bytes()
    assert_refused(home.cli("run", str(sidecar_workspace), "--export", str(home.root / "out.csv"),
                            "--overwrite"), "it is the workspace file itself")
    # A file of the user's where the sidecar would go is never replaced, even with --overwrite.
    theirs = home.root / "mine.csv.provenance.json"
    theirs.write_text("my own notes\n")
    assert_refused(home.cli("run", str(workspace), "--export", str(home.root / "mine.csv"),
                            "--overwrite"), f"Cannot export to {theirs}",
                   "did not write it as an export")
    assert theirs.read_text() == "my own notes\n" and not (home.root / "mine.csv").exists()
    assert sidecar_workspace.read_bytes() == before and not (home.root / "out.csv").exists()
    # The sidecar of an earlier export is the app's: replaced with the CSV when asked.
    export = home.root / "ok.csv"
    assert home.cli("run", str(workspace), "--export", str(export)).returncode == 0
    assert_refused(home.cli("run", str(workspace), "--export", str(export)), "--overwrite")
    again = home.cli("run", str(workspace), "--export", str(export), "--overwrite")
    assert again.returncode == 0, again.stderr
    assert json.loads((home.root / "ok.csv.provenance.json").read_text())["csv"] == "ok.csv"


def test_the_csv_exporter_names_its_sidecar_and_a_file_of_the_user_s_there_is_refused(tmp_path):
    from engagement_desktop.plugins.exporting import files_of
    from engagement_builtins.export_csv import exporter as csv_exporter

    paths = AppPaths.under(tmp_path / "app").ensure()
    guard, target = ExportGuard(paths), tmp_path / "out.csv"
    assert files_of(csv_exporter, target) == (target, tmp_path / "out.csv.provenance.json")
    sidecar = files_of(csv_exporter, target)[1]
    sidecar.write_text("my own notes\n")
    with pytest.raises(ExportRefused, match="did not write it as an export"):
        guard.check(sidecar, None, overwrite=True)  # as the window checks a sidecar


def test_report_never_writes_its_views_over_the_workspace_or_a_file_it_did_not_export(home):
    workspace = workspace_in(home)
    before = workspace.read_bytes()
    refused = home.cli("report", str(workspace), "--export", str(workspace), "--overwrite")
    assert_refused(refused, "it is the workspace file itself")
    assert "running it" not in refused.stderr and workspace.read_bytes() == before
    theirs = home.root / "views.heatmap.csv"  # where the heatmap beside the table would go
    theirs.write_text("my own notes\n")
    assert_refused(home.cli("report", str(workspace), "--heatmap", "favorites", "--export",
                            str(home.root / "views.csv"), "--overwrite"),
                   f"Cannot export to {theirs}", "did not write it as an export")
    assert theirs.read_text() == "my own notes\n" and not (home.root / "views.csv").exists()


def test_report_replaces_its_earlier_views_only_with_overwrite(home):
    workspace, views = workspace_in(home), home.root / "views.json"
    assert home.cli("report", str(workspace), "--export", str(views)).returncode == 0
    written = views.read_bytes()
    assert_refused(home.cli("report", str(workspace), "--export", str(views)),
                   "holds an earlier export", "--overwrite")
    assert views.read_bytes() == written
    again = home.cli("report", str(workspace), "--export", str(views), "--overwrite")
    assert again.returncode == 0 and f"Wrote {views}" in again.stderr


def test_report_of_queries_with_hostile_or_equal_names_writes_a_file_each_in_the_folder(home):
    query = WORKSPACE["queries"][0]
    names = ["../../escaped", "a b", "a-b", "a b", "\x1b[2J", "\x07//"]
    workspace = home.root / "many.json"
    workspace.write_text(json.dumps({**WORKSPACE, "queries": [
        {**query, "name": name} for name in names]}))
    ran = home.cli("report", str(workspace), "--export", str(home.root / "out" / "v.json"))
    assert ran.returncode == 2 and "does not exist" in ran.stderr  # the folder, said plainly
    (home.root / "out").mkdir()
    ran = home.cli("report", str(workspace), "--export", str(home.root / "out" / "v.json"),
                   timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert raw_text_in(ran.stderr) == [] and "\x1b" not in ran.stderr
    assert sorted(p.name for p in (home.root / "out").iterdir()) == [
        "v-2J.json", "v-a-b-2.json", "v-a-b-3.json", "v-a-b.json", "v-escaped.json",
        "v-query.json"]
    assert not (home.root / "escaped.json").exists() and not list(home.root.glob("v-*"))
