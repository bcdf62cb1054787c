"""Issue 13: a name that looks like a formula (a workspace, query, grouping or account name, a
server's message, a plugin's metric) never becomes a live formula in an export: XLSX writes
it as text in every sheet, CSV defuses it, JSON keeps it exactly as it was."""
import csv
import io
import json

import openpyxl
import pytest

from engagement_builtins.export_csv import exporter as csv_exporter
from engagement_builtins.export_json import exporter as json_exporter
from engagement_builtins.export_xlsx import exporter as xlsx_exporter
from engagement_desktop.core.query import Query
from engagement_desktop.plugins.api import DAY, TOTAL, PostProblem, ResultSet, Row

DAY_1 = 1_735_689_600
LINK = '=HYPERLINK("http://evil.example","x")'
HOSTILE = {"name": LINK, "account": "+cmd|' /C calc'!A0", "endpoint": "@SUM(1+1)*cmd",
           "grouping": "-2+3+cmd|' /C calc'!A0", "metric": "=1+1", "message": "=2+5+cmd"}


@pytest.fixture
def hostile_result():
    result = ResultSet(
        query=Query(name=HOSTILE["name"], endpoint=HOSTILE["endpoint"],
                    account=HOSTILE["account"], ids=["20"], metrics=[HOSTILE["metric"]],
                    groupings={HOSTILE["grouping"]: ["tweet.id", "engagement.type"]}),
        provenance={"account": HOSTILE["account"], "workspace": "=1+2", "requests": 3})
    result.add_rows([Row("20", HOSTILE["metric"], None, TOTAL, 5),
                     Row("20", HOSTILE["metric"], DAY_1, DAY, 2)])
    result.add_problems([PostProblem("21", "unavailable", HOSTILE["message"])])
    return result


def test_no_cell_of_any_sheet_is_a_formula_and_every_name_is_there_as_text(hostile_result,
                                                                            tmp_path):
    target = tmp_path / "out.xlsx"
    xlsx_exporter.export(hostile_result, target)
    book = openpyxl.load_workbook(target)
    cells = [cell for sheet in book.worksheets for line in sheet.iter_rows() for cell in line]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = {c.value for c in cells if c.data_type == "s"}
    for text in HOSTILE.values():
        assert any(text in value for value in texts), text
    assert "=1+2" in texts
    assert book["Query"]["B" + str(_line_of(book["Query"], "requests"))].value == 3  # still a number


def _line_of(sheet, field: str) -> int:
    return next(cell.row for cell in sheet["A"] if cell.value == field)


def test_csv_defuses_a_formula_like_metric_in_long_and_wide_form(hostile_result, tmp_path):
    long, wide = tmp_path / "long.csv", tmp_path / "wide.csv"
    csv_exporter.export(hostile_result, long)
    csv_exporter.export(hostile_result, wide, wide=True)
    long_lines = _csv(long)
    assert [line[1] for line in long_lines[1:]] == ["'=1+1", "'=1+1"]
    assert _csv(wide)[0] == ["post_id", "granularity", "bucket_start", "'=1+1"]
    assert not [cell for path in (long, wide) for line in _csv(path) for cell in line
                if cell.startswith(("=", "+", "-", "@"))]


def _csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_json_keeps_every_name_exactly(hostile_result, tmp_path):
    target = tmp_path / "out.json"
    json_exporter.export(hostile_result, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["query"]["name"] == LINK and data["query"]["account"] == HOSTILE["account"]
    assert list(data["query"]["groupings"]) == [HOSTILE["grouping"]]
    assert {row["metric"] for row in data["rows"]} == {HOSTILE["metric"]}
    assert data["problems"][0]["message"] == HOSTILE["message"]
