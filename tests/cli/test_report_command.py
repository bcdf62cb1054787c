"""`engagement-desktop report` against the sandbox, as a user would type it: the views it writes
hold the numbers a headless analysis of the same job gives, in CSV, JSON and XLSX; the second
report reads the journal instead of running again; bad arguments exit 2 saying why."""
import csv
import io
import json
from datetime import datetime, timedelta, timezone

import openpyxl
import pytest

from engagement_desktop.cli import main
from engagement_desktop.core.analysis import build_table, records
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import HOUR
from engagement_desktop.core.workspace import load
from engagement_desktop.paths import AppPaths
from engagement_desktop.resources import EXAMPLES
from engagement_desktop.runner.journal import Journal
from engagement_desktop.runner.owner_cache import OwnerCache
from engagement_desktop.sandbox import accounts, posts

METRICS = ["impressions", "engagements", "favorites"]
RATES = ["engagement_rate", "like_rate"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    return AppPaths.default()


def post_of(owner: int, days: int) -> str:
    created = datetime.now(timezone.utc) - timedelta(days=days, minutes=owner * 7)
    return str(posts.make_id(created, owner, posts.OK))


def totals_workspace(tmp_path) -> str:
    """Two posts of each of the sandbox's three demo @handles, routed to their owners."""
    query = {"name": "dashboard", "endpoint": "totals", "account": "auto",
             "ids": [post_of(o, d) for o in range(3) for d in (3, 5)], "metrics": METRICS,
             "groupings": {"per-post": ["tweet.id", "engagement.type"]}}
    path = tmp_path / "ws.json"
    path.write_text(json.dumps({"format_version": 1, "name": "t", "queries": [query]}))
    return str(path)


def report(capsys, *argv) -> tuple[int, str]:
    code = main(["report", *argv])
    return code, capsys.readouterr().err


def read_csv(path) -> tuple[list[str], list[dict]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    notes = [line[2:] for line in lines if line.startswith("# ")]
    body = "\n".join(line for line in lines if not line.startswith("# "))
    return notes, list(csv.DictReader(io.StringIO(body)))


def journaled_result(home: AppPaths, query) -> ResultSet:
    """The last job's numbers, replayed straight from the journal."""
    journal = Journal(home.data)
    try:
        job = journal.jobs()[0]
        result = ResultSet(query=query)
        for _, rows, _ in journal.finished_steps(job.id):
            result.add_rows(rows)
    finally:
        journal.close()
    return result


def demo_owners(post_ids) -> dict[str, str]:
    return {p: accounts.USERS[posts.owner_index(int(p))]["screen_name"] for p in post_ids}


def test_by_handle_with_rates_writes_one_row_per_handle_equal_to_a_headless_table(
        home, tmp_path, capsys, server):
    workspace, out = totals_workspace(tmp_path), tmp_path / "handles.csv"
    code, err = report(capsys, workspace, "--by", "handle", "--rates", "--export", str(out),
                       "--base-url", server.base_url)
    assert code == 0, err
    assert "Query 'dashboard': running it." in err
    notes, rows = read_csv(out)
    assert list(rows[0]) == ["handle", *METRICS, *RATES]
    assert any(n.startswith("Engagement rate = engagements / impressions") for n in notes)

    query = load(tmp_path / "ws.json").queries[0]
    expected = build_table(journaled_result(home, query), ["handle"], rates=True,
                           handles=demo_owners(query.ids))
    wanted = {r[0]: r[1:] for r in records(expected)}
    assert len(rows) == 4  # three handles and the totals row
    assert {r["handle"] for r in rows} == {"'@demo_owner", "'@demo_analyst", "'@demo_creator",
                                           "Total"}  # text a spreadsheet never runs
    for row in rows:
        numbers = wanted[row["handle"].lstrip("'")]
        assert [int(row[m]) for m in METRICS] == numbers[:3]
        assert [float(row[r]) for r in RATES] == pytest.approx(numbers[3:], rel=1e-12)


def test_a_second_report_reads_the_journal_and_the_owner_cache_and_fresh_runs_again(
        home, tmp_path, capsys, server):
    workspace = totals_workspace(tmp_path)
    first = ["--by", "handle", "--export", str(tmp_path / "a.json"), "--base-url",
             server.base_url]
    assert report(capsys, workspace, *first)[0] == 0
    cached = OwnerCache(home.data).known(load(tmp_path / "ws.json").queries[0].ids)
    assert len(cached) == 6
    code, err = report(capsys, workspace, "--by", "handle", "--export", str(tmp_path / "b.json"))
    assert code == 0, err
    assert "from the journal" in err and "running it" not in err
    assert "sandbox" not in err  # nothing had to be sent: no accounts were set up
    first_rows = json.loads((tmp_path / "a.json").read_text())["table"]["rows"]
    assert json.loads((tmp_path / "b.json").read_text())["table"]["rows"] == first_rows
    code, err = report(capsys, workspace, "--fresh", "--export", str(tmp_path / "c.json"),
                       "--base-url", server.base_url)
    assert code == 0 and "running it" in err


@pytest.fixture
def hourly(home, tmp_path, capsys, server):
    """The example hourly workspace, run once; returns its path."""
    path = tmp_path / "hourly.json"
    path.write_text((EXAMPLES / "historical-hourly.json").read_text())
    code, err = report(capsys, str(path), "--query", "hourly by post", "--export",
                       str(tmp_path / "warm.csv"), "--base-url", server.base_url)
    assert code == 0, err
    return str(path)


def test_the_heatmap_and_the_comparison_export_beside_the_table(home, hourly, tmp_path,
                                                                capsys):
    out = tmp_path / "views.csv"
    code, err = report(capsys, hourly, "--query", "hourly by post", "--by", "post", "--rates",
                       "--heatmap", "impressions", "--tz", "Europe/Madrid", "--compare",
                       "handle-median", "--export", str(out))
    assert code == 0, err
    notes, heatmap = read_csv(tmp_path / "views.heatmap.csv")
    assert "impressions by weekday and hour of day, Europe/Madrid time." in notes
    assert [r["weekday"] for r in heatmap][:2] == ["Monday", "Tuesday"] and len(heatmap) == 7
    cells = sum(int(v or 0) for r in heatmap for k, v in r.items() if k != "weekday")
    result = journaled_result(home, None)
    hourly_total = sum(int(values.sum()) for (_, metric, granularity), (_, values)
                       in result.series_arrays().items()
                       if metric == "impressions" and granularity == HOUR)
    assert cells == hourly_total > 0
    notes, compared = read_csv(tmp_path / "views.comparison.csv")
    assert list(compared[0]) == ["post", "value", "baseline", "change", "change_pct", "flag"]
    assert any("median post of the same @handle" in n for n in notes)
    for row in compared:
        assert float(row["change"]) == pytest.approx(float(row["value"]) -
                                                     float(row["baseline"]))


def test_the_xlsx_has_a_sheet_per_view_no_formulas_and_a_colour_scale_on_the_heatmap(
        hourly, tmp_path, capsys):
    import openpyxl

    out = tmp_path / "views.xlsx"
    code, err = report(capsys, hourly, "--query", "hourly by post", "--by", "handle", "day",
                       "--rates", "--heatmap", "engagement_rate", "--tz", "America/New_York",
                       "--compare", "7:28", "--export", str(out))
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Table", "Heatmap", "Comparison"]
    for sheet in book:
        assert [c.coordinate for row in sheet.iter_rows() for c in row
                if c.data_type == "f"] == []
    rules = [rule for ranges in book["Heatmap"].conditional_formatting for rule in ranges.rules]
    assert [rule.type for rule in rules] == ["colorScale"]
    assert len(rules[0].colorScale.color) == 3
    assert book["Table"]._charts and book["Comparison"]._charts
    header = [c.value for c in next(r for r in book["Table"].iter_rows() if r[0].value == "handle")]
    assert header[:2] == ["handle", "day"] and "engagement_rate" in header


def test_rates_the_metrics_cannot_give_exit_2_saying_what_they_need_as_a_named_rate_does(
        home, tmp_path, capsys):
    out = tmp_path / "rates.csv"
    code, err = report(capsys, totals_workspace(tmp_path), "--metrics", "Likes, Reposts",
                       "--rates", "--export", str(out))
    assert code == 2 and "Traceback" not in err and not out.exists()
    assert ("--rates: No rate can be computed from these numbers. Like rate, Repost rate: needs "
            "Impressions (impressions). Add the missing metrics to the query") in err
    assert "--metrics" in err.split("--rates:")[1]
    code, err = report(capsys, totals_workspace(tmp_path), "--metrics", "Likes, Reposts",
                       "--rates", "Like rate", "--export", str(out))
    assert code == 2 and "Like rate: needs Impressions (impressions)." in err


def test_help_names_every_view(capsys):
    assert main(["report", "--help"]) == 0
    out = capsys.readouterr().out
    for view in ("table", "heatmap", "comparison", "--by", "--rates", "--heatmap", "--tz",
                 "--compare", "--top", "--sort", "--filter", "--fresh", "hour-of-day"):
        assert view in out


@pytest.mark.parametrize("argv, says", [
    (["--by", "author"], "'author' is not a dimension for --by; use one of handle (@handle)"),
    (["--compare", "last week"], "'last week' is not a comparison"),
    (["--heatmap", "impressions", "--tz", "Mars/Olympus"], "'Mars/Olympus' is not a time zone"),
    (["--top", "3"], "--top N needs"),
    (["--filter", "impressions about 3"], "is not a filter"),
    (["--by", "day", "day"], "listed twice"),
])
def test_bad_arguments_exit_2_with_a_clear_message(home, tmp_path, capsys, argv, says):
    code = main(["report", totals_workspace(tmp_path), *argv, "--export",
                 str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code == 2 and says in err and "Traceback" not in err
    assert not (tmp_path / "out.csv").exists()


def test_an_export_of_an_unknown_type_exits_2_before_anything_runs(home, tmp_path, capsys):
    code, err = report(capsys, totals_workspace(tmp_path), "--export", str(tmp_path / "o.docx"))
    assert code == 2 and "'.docx'" in err and ".xlsx" in err
    assert not (home.data / "jobs.sqlite3").exists()


def test_export_language_heads_the_views_in_spanish_with_the_same_rows(home, tmp_path, capsys,
                                                                      server):
    workspace = totals_workspace(tmp_path)
    plain, spanish, book = (tmp_path / n for n in ("plain.csv", "es.csv", "es.xlsx"))
    for target, language in ((plain, []), (spanish, ["--export-language", "es"]),
                             (book, ["--export-language", "es"])):
        code, err = report(capsys, workspace, "--by", "@handle", "--rates", "Like rate",
                           "--export", str(target), "--base-url", server.base_url, *language)
        assert code == 0, err
    plain_lines, spanish_lines = (p.read_text(encoding="utf-8").splitlines()
                                  for p in (plain, spanish))
    header = [line for line in spanish_lines if not line.startswith("# ")][0]
    assert [line for line in plain_lines if not line.startswith("# ")][0] \
        == ",".join(["handle", *METRICS, "like_rate"])
    # '@handle: a cell beginning with @ is text a spreadsheet never runs, headings too.
    assert header == "'@handle,Impresiones,Interacciones,Me gusta,Tasa de Me gusta"
    assert [line for line in spanish_lines if line != header] \
        == [line for line in plain_lines if not line.startswith("handle,")]
    sheet = openpyxl.load_workbook(book)["Tabla"]
    assert any(row[:2] == ("@handle", "Impresiones") for row in sheet.iter_rows(values_only=True))
