"""CSV export: Excel-friendly, one line per post × metric × bucket, wide option, atomic."""
import csv
import io
import random

import pytest

from engagement_builtins.export_csv import exporter
from engagement_desktop.plugins.api import DAY, HOUR, ResultSet, Row

DAY_1 = 1_735_689_600  # 2025-01-01T00:00:00Z, as in conftest.sample_result


def read_lines(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_long_form_has_one_line_per_post_metric_and_bucket(sample_result, tmp_path):
    target = tmp_path / "out.csv"
    exporter.export(sample_result, target)
    assert read_lines(target) == [
        ["post_id", "metric", "granularity", "bucket_start", "value"],
        ["20", "favorites", "day", "2025-01-01T00:00:00Z", "3"],
        ["20", "favorites", "total", "", "3"],
        ["20", "impressions", "day", "2025-01-01T00:00:00Z", "15"],
        ["20", "impressions", "day", "2025-01-02T00:00:00Z", "25"],
        ["20", "impressions", "total", "", "40"],
        ["1460323737035677698", "impressions", "total", "", "1500"],
        ["", "retweets", "day", "2025-01-01T00:00:00Z", "9"],  # aggregate over all posts
    ]


def test_lines_end_with_crlf_as_excel_expects(sample_result, tmp_path):
    exporter.export(sample_result, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes().count(b"\r\n") == 8


def test_wide_option_gives_one_line_per_post_and_bucket_with_a_column_per_metric(
        sample_result, tmp_path):
    target = tmp_path / "wide.csv"
    exporter.export(sample_result, target, wide=True)
    assert read_lines(target) == [
        ["post_id", "granularity", "bucket_start", "impressions", "favorites", "retweets"],
        ["20", "total", "", "40", "3", ""],
        ["20", "day", "2025-01-01T00:00:00Z", "15", "3", ""],
        ["20", "day", "2025-01-02T00:00:00Z", "25", "", ""],
        ["1460323737035677698", "total", "", "1500", "", ""],
        ["", "day", "2025-01-01T00:00:00Z", "", "", "9"],
    ]


def test_the_same_result_gives_the_same_bytes_whatever_order_rows_arrived_in(tmp_path):
    # A resumed job replays steps in another order than an uninterrupted one.
    rows = [Row(str(post), metric, DAY_1 + hour * 3600, HOUR, post * hour)
            for post in (7, 42, 1000) for metric in ("impressions", "replies")
            for hour in range(30)]
    shuffled = rows[:]
    random.Random(4).shuffle(shuffled)
    first, second = ResultSet(), ResultSet()
    first.add_rows(rows)
    for start in range(0, len(shuffled), 17):  # as separate pages
        second.add_rows(shuffled[start:start + 17])
    exporter.export(first, tmp_path / "a.csv")
    exporter.export(second, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def big_result(values: int) -> ResultSet:
    result = ResultSet()
    result.add_rows(Row(str(post), "impressions", DAY_1 + day * 86400, DAY, day)
                    for post in range(values // 100) for day in range(100))
    return result


def test_progress_is_reported_in_increasing_fractions_up_to_one(tmp_path):
    seen = []
    exporter.export(big_result(50_000), tmp_path / "big.csv", progress=seen.append)
    assert len(seen) >= 3
    assert seen == sorted(seen) and 0 < seen[0] < 1 and seen[-1] == 1.0


def test_a_failed_export_keeps_the_old_file_and_leaves_no_half_file(tmp_path):
    target = tmp_path / "keep.csv"
    target.write_text("yesterday's export")

    def cancel(fraction):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        exporter.export(big_result(50_000), target, progress=cancel)
    assert target.read_text() == "yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def test_an_unknown_option_is_refused_by_name(sample_result, tmp_path):
    with pytest.raises(TypeError, match=r"no option wdie \(its options: wide, language\)"):
        exporter.export(sample_result, tmp_path / "x.csv", wdie=True)
    assert not (tmp_path / "x.csv").exists()


def test_exporting_into_a_missing_folder_names_the_folder(sample_result, tmp_path):
    with pytest.raises(FileNotFoundError, match="the folder '.*nowhere' does not exist"):
        exporter.export(sample_result, tmp_path / "nowhere" / "out.csv")
