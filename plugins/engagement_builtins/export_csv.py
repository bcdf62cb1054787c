"""CSV export, made to open cleanly in Excel: UTF-8 with a byte-order mark, CRLF line ends.

Long form (default): one line per post × metric × bucket —
`post_id, metric, granularity, bucket_start, value`. `bucket_start` is ISO 8601 UTC and empty
for totals; `post_id` is empty for an aggregate over all posts (a grouping without
`tweet.id`). Option `wide=True` pivots to one line per post × granularity × bucket with a
column per metric. Problems are not data lines: `engagement-desktop run` prints them.
Option `language="es"` (or "en") writes the header line in the glossary's words of that
language ("ID de la publicación", "Me gusta"); the lines below stay machine-readable.

Where the numbers came from (endpoint, account, job, and whether a sandbox answered: demo
data) goes to a sidecar beside the file, `<name>.csv.provenance.json`, not into the CSV: a line
that is not data would trip up the programs that read it, and the CSV of a run stays the same
bytes however often the run is resumed.

The same ResultSet always gives the same bytes (the resume test compares exports byte for byte).
A name that a spreadsheet would run as a formula (a metric from a plugin beginning with `=`,
`+`, `-` or `@`) is written with a leading apostrophe.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import batched, groupby
from pathlib import Path
from typing import TYPE_CHECKING

from engagement_desktop.plugins.api import (LANGUAGE, HostServices, Progress, Row, atomic_path,
                                            heading)

from .export_io import BuiltinExporter, reporting
from .result_facts import bucket_iso, granularity_rank, inert_text, provenance_facts

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet

LONG_HEADER = ("post_id", "metric", "granularity", "bucket_start", "value")
WIDE_HEADER = ("post_id", "granularity", "bucket_start")  # then a column per metric
CHUNK = 20_000  # lines per write
PROVENANCE_SUFFIX = ".provenance.json"


def provenance_path(target: Path) -> Path:
    """The sidecar of the CSV at `target`: out.csv → out.csv.provenance.json."""
    return target.with_name(target.name + PROVENANCE_SUFFIX)


class CsvExporter(BuiltinExporter):
    def files(self, target: Path) -> tuple[Path, Path]:
        """The CSV and its sidecar: the host guards both before writing either."""
        return Path(target), provenance_path(Path(target))

    def export(self, result: ResultSet, target: Path, progress: Progress | None = None,
               host: HostServices | None = None, **options) -> None:
        super().export(result, target, progress, host, **options)
        document = {"csv": Path(target).name, "provenance": provenance_facts(result)}
        with atomic_path(provenance_path(Path(target))) as temp:
            temp.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")

    def write(self, result: ResultSet, path: Path, progress: Progress | None,
              wide: bool = False, language: str | None = None) -> None:
        rows = reporting(result.rows(), len(result), progress)
        metrics = sorted(result.metrics(), key=result.metric_rank) if wide else []
        header = _header(WIDE_HEADER if wide else LONG_HEADER, metrics, result, language)
        lines = _wide_lines(rows, metrics) if wide else _long(rows)
        with open(path, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            for chunk in batched(lines, CHUNK):
                writer.writerows(chunk)


def _long(rows: Iterable[Row]) -> Iterator[tuple]:
    for post_id, metric, bucket, granularity, value in rows:
        yield post_id or "", inert_text(metric), granularity, bucket_iso(bucket), value


def _header(columns: tuple[str, ...], metrics: list[str], result: ResultSet,
            language: str | None) -> list[str]:
    """The columns' names then a column per metric: as the API names them, or in `language`
    (the glossary's headings and metric labels)."""
    if language is None:
        return [*columns, *map(inert_text, metrics)]
    return [*(heading(c, language) for c in columns),
            *(inert_text(result.label(m, language)) for m in metrics)]


def _wide_lines(rows: Iterable[Row], metric_names: list[str]) -> Iterator[tuple]:
    column = {metric: i for i, metric in enumerate(metric_names)}
    # rows() comes ordered by post first, so one post's cells are gathered at a time.
    for post_id, post_rows in groupby(rows, key=lambda row: row.post_id):
        cells: dict[tuple[str, int | None], list] = {}
        for _, metric, bucket, granularity, value in post_rows:
            line = cells.setdefault((granularity, bucket), [""] * len(metric_names))
            line[column[metric]] = value
        for (granularity, bucket) in sorted(cells, key=_bucket_order):
            yield (post_id or "", granularity, bucket_iso(bucket), *cells[granularity, bucket])


def _bucket_order(key: tuple[str, int | None]):
    granularity, bucket = key
    return granularity_rank(granularity), -1 if bucket is None else bucket


exporter = CsvExporter("csv", "CSV (Excel-friendly)", (".csv",), options=("wide", LANGUAGE))
