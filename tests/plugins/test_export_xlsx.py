"""XLSX export: data, pivot sheets with native charts, problems, query and provenance."""
from datetime import datetime

import openpyxl
import pytest
from openpyxl.chart import BarChart, LineChart

from engagement_builtins.export_xlsx import exporter
from engagement_desktop.plugins.api import DAY, ResultSet, Row

DAY_1 = 1_735_689_600  # 2025-01-01T00:00:00Z, as in conftest.sample_result


def values(sheet):
    return [list(line) for line in sheet.iter_rows(values_only=True)]


@pytest.fixture
def workbook(sample_result, tmp_path):
    target = tmp_path / "out.xlsx"
    exporter.export(sample_result, target)
    return openpyxl.load_workbook(target)


def test_the_workbook_has_data_pivot_problem_and_query_sheets(workbook):
    assert workbook.sheetnames == ["Data", "Totals", "Daily", "Problems", "Query"]


def test_the_data_sheet_has_one_line_per_value_with_display_names_and_utc_dates(workbook):
    lines = values(workbook["Data"])
    assert lines[0] == ["Post ID", "Metric", "Granularity", "Bucket start (UTC)", "Value"]
    assert lines[1] == ["20", "Likes", "day", datetime(2025, 1, 1), 3]
    assert lines[2] == ["20", "Likes", "total", None, 3]
    assert lines[6] == ["1460323737035677698", "Impressions", "total", None, 1500]
    assert lines[7] == ["All posts", "Reposts", "day", datetime(2025, 1, 1), 9]
    assert len(lines) == 8


def test_totals_pivot_is_post_by_metric_with_a_column_chart(workbook):
    sheet = workbook["Totals"]
    assert values(sheet) == [["Post ID", "Impressions", "Likes"],
                             ["20", 40, 3],
                             ["1460323737035677698", 1500, None]]
    [chart] = sheet._charts
    assert isinstance(chart, BarChart) and chart.barDir == "col"
    assert [s.val.numRef.f for s in chart.series] == ["Totals!$B$2:$B$3", "Totals!$C$2:$C$3"]


def test_series_pivot_is_bucket_by_metric_summed_over_posts_with_a_line_chart(workbook):
    sheet = workbook["Daily"]
    assert values(sheet) == [["Bucket start (UTC)", "Impressions", "Likes", "Reposts"],
                             [datetime(2025, 1, 1), 15, 3, 9],
                             [datetime(2025, 1, 2), 25, None, None]]
    [chart] = sheet._charts
    assert isinstance(chart, LineChart)
    assert len(chart.series) == 3


def test_a_series_sent_per_post_and_as_aggregate_is_not_counted_twice(tmp_path):
    result = ResultSet()
    result.add_rows([Row("1", "replies", DAY_1, DAY, 2), Row("2", "replies", DAY_1, DAY, 5),
                     Row(None, "replies", DAY_1, DAY, 7)])
    exporter.export(result, tmp_path / "both.xlsx")
    daily = openpyxl.load_workbook(tmp_path / "both.xlsx")["Daily"]
    assert values(daily)[1] == [datetime(2025, 1, 1), 7]


def test_problems_sheet_lists_each_problem(workbook):
    assert values(workbook["Problems"]) == [["Post ID", "Kind", "Message", "Metrics"],
                                            ["30", "unavailable", "The post was deleted.", "all"]]


def test_query_sheet_lists_the_query_one_id_a_line_and_the_provenance(workbook):
    lines = values(workbook["Query"])
    assert lines[0] == ["Query", None]
    assert ["ids", "1460323737035677698"] in lines and [None, "20"] in lines
    assert ["groupings", "by-post: tweet.id, engagement.type, engagement.day"] in lines
    provenance = lines.index(["Provenance", None])
    assert lines[provenance + 1:] == [["endpoint", "historical"], ["job_id", "job-7"],
                                      ["finished", "2025-01-03T12:00:00Z"]]


def test_an_empty_result_still_opens_with_its_sheets(tmp_path):
    exporter.export(ResultSet(), tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert book.sheetnames == ["Data", "Problems", "Query"]


def test_a_failed_export_keeps_the_old_file_and_leaves_no_half_file(sample_result, tmp_path):
    class Unprintable:
        def __str__(self):
            raise RuntimeError("cannot describe")

    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    sample_result.provenance["odd"] = Unprintable()
    with pytest.raises(RuntimeError):
        exporter.export(sample_result, target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
    assert target.read_bytes() == b"old"


def test_progress_ends_at_one(sample_result, tmp_path):
    seen = []
    exporter.export(sample_result, tmp_path / "out.xlsx", progress=seen.append)
    assert seen[-1] == 1.0
