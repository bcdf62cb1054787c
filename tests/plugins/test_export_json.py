"""JSON export: rows, problems, query and provenance in one deterministic document."""
import json

import pytest

from engagement_builtins.export_json import exporter
from engagement_desktop.plugins.api import TOTAL, ResultSet, Row


def test_the_document_holds_rows_problems_query_and_provenance(sample_result, tmp_path):
    target = tmp_path / "out.json"
    exporter.export(sample_result, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert list(document) == ["rows", "problems", "query", "provenance"]
    assert document["rows"][:2] == [
        {"post_id": "20", "metric": "favorites", "granularity": "day",
         "bucket_start": "2025-01-01T00:00:00Z", "value": 3},
        {"post_id": "20", "metric": "favorites", "granularity": "total", "bucket_start": None,
         "value": 3}]
    assert len(document["rows"]) == 7
    assert document["rows"][-1] == {"post_id": None, "metric": "retweets", "granularity": "day",
                                    "bucket_start": "2025-01-01T00:00:00Z", "value": 9}
    assert document["problems"] == [{"post_id": "30", "kind": "unavailable",
                                     "message": "The post was deleted.", "metrics": []}]
    assert document["query"]["ids"] == ["1460323737035677698", "20"]
    assert document["query"]["groupings"] == {
        "by-post": ["tweet.id", "engagement.type", "engagement.day"]}
    assert document["provenance"] == {"endpoint": "historical", "job_id": "job-7",
                                      "finished": "2025-01-03T12:00:00Z"}


def test_an_empty_result_is_still_a_valid_document(tmp_path):
    exporter.export(ResultSet(), tmp_path / "empty.json")
    assert json.loads((tmp_path / "empty.json").read_text()) == {
        "rows": [], "problems": [], "query": None, "provenance": {}}


def test_exporting_twice_gives_identical_bytes(sample_result, tmp_path):
    exporter.export(sample_result, tmp_path / "a.json")
    exporter.export(sample_result, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_cancelled_export_keeps_the_old_file_and_leaves_no_half_file(tmp_path):
    result = ResultSet()
    result.add_rows(Row(str(post), "replies", None, TOTAL, post) for post in range(1, 30_001))
    target = tmp_path / "out.json"
    target.write_text("{}")

    def cancel(fraction):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        exporter.export(result, target, progress=cancel)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert target.read_text() == "{}"


def test_progress_ends_at_one(sample_result, tmp_path):
    seen = []
    exporter.export(sample_result, tmp_path / "out.json", progress=seen.append)
    assert seen[-1] == 1.0
