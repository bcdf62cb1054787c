"""JSON export: `{"rows": [...], "problems": [...], "query": {...}, "provenance": {...}}`.

A row is `{"post_id", "metric", "granularity", "bucket_start", "value"}`, `bucket_start` ISO 8601
UTC or null for a total, `post_id` null for an aggregate over all posts. Rows are streamed one
per line, so millions of them need no more memory than one chunk, and the same ResultSet always
gives the same bytes.
"""
from __future__ import annotations

import json
from itertools import batched
from pathlib import Path

from engagement_desktop.plugins.api import Progress, ResultSet, Row

from .export_io import BuiltinExporter, reporting
from .result_facts import bucket_iso, problem_facts, provenance_facts, query_facts

CHUNK = 20_000  # rows per write
_encode = json.JSONEncoder(ensure_ascii=False).encode


class JsonExporter(BuiltinExporter):
    def write(self, result: ResultSet, path: Path, progress: Progress | None) -> None:
        rows = reporting(result.rows(), len(result), progress)
        with open(path, "w", encoding="utf-8", newline="\n") as file:
            file.write('{\n  "rows": [')
            separator = "\n    "
            for chunk in batched(rows, CHUNK):
                file.write(separator + ",\n    ".join(map(_row, chunk)))
                separator = ",\n    "
            file.write("\n  ]" if separator != "\n    " else "]")
            for key, value in (("problems", [problem_facts(p) for p in result.problems]),
                               ("query", query_facts(result)),
                               ("provenance", provenance_facts(result))):
                text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
                file.write(f',\n  "{key}": {text}')
            file.write("\n}\n")


def _row(row: Row) -> str:
    post_id, metric, bucket, granularity, value = row
    return _encode({"post_id": post_id, "metric": metric, "granularity": granularity,
                    "bucket_start": bucket_iso(bucket) or None, "value": value})


exporter = JsonExporter("json", "JSON (rows, problems, query and provenance)", (".json",))
