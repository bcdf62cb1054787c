"""JSON export: `{"rows": [...], "problems": [...], "query": {...}, "provenance": {...}}`.

A row is `{"post_id", "metric", "granularity", "bucket_start", "value"}`, `bucket_start` ISO 8601
UTC or null for a total, `post_id` null for an aggregate over all posts. Rows are streamed one
per line, so millions of them need no more memory than one chunk, and the same ResultSet always
gives the same bytes.

Option `language="es"` (or "en") adds `"headings"`: the language, each row key's heading and
each metric's label in the glossary's words of that language, for a program that shows the
file to people. The keys and values stay as they are: they are the file's format.
"""
from __future__ import annotations

import json
from itertools import batched
from pathlib import Path
from typing import TYPE_CHECKING

from engagement_desktop.plugins.api import LANGUAGE, Progress, Row, heading

from .export_io import BuiltinExporter, reporting
from .result_facts import bucket_iso, problem_facts, provenance_facts, query_facts

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet

CHUNK = 20_000  # rows per write
ROW_KEYS = ("post_id", "metric", "granularity", "bucket_start", "value")
_encode = json.JSONEncoder(ensure_ascii=False).encode


class JsonExporter(BuiltinExporter):
    def write(self, result: ResultSet, path: Path, progress: Progress | None,
              language: str | None = None) -> None:
        rows = reporting(result.rows(), len(result), progress)
        with open(path, "w", encoding="utf-8", newline="\n") as file:
            file.write('{\n  "rows": [')
            separator = "\n    "
            for chunk in batched(rows, CHUNK):
                file.write(separator + ",\n    ".join(map(_row, chunk)))
                separator = ",\n    "
            file.write("\n  ]" if separator != "\n    " else "]")
            parts = [("problems", [problem_facts(p) for p in result.problems]),
                     ("query", query_facts(result)), ("provenance", provenance_facts(result))]
            if language is not None:
                parts.append(("headings", _headings(result, language)))
            for key, value in parts:
                text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
                file.write(f',\n  "{key}": {text}')
            file.write("\n}\n")


def _headings(result: ResultSet, language: str) -> dict:
    metrics = sorted(result.metrics(), key=result.metric_rank)
    return {"language": language, "columns": {key: heading(key, language) for key in ROW_KEYS},
            "metrics": {metric: result.label(metric, language) for metric in metrics}}


def _row(row: Row) -> str:
    post_id, metric, bucket, granularity, value = row
    return _encode(dict(zip(ROW_KEYS, (post_id, metric, granularity,
                                       bucket_iso(bucket) or None, value))))


exporter = JsonExporter("json", "JSON (rows, problems, query and provenance)", (".json",),
                        options=(LANGUAGE,))
