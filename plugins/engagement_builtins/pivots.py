"""A result's two summary tables, for the XLSX pivot sheets and their charts.

- totals: one line per post (aggregates last), a column per metric, from the `total` rows;
- series: per granularity (hour, day, week), one line per bucket, a column per metric, summed
  over the posts. A series the server sent only as an aggregate (a grouping without
  `tweet.id`) is used as is; when per-post series exist too they are summed instead, never both,
  so nothing is counted twice.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from engagement_desktop.plugins.api import TOTAL

from .result_facts import granularity_rank

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet


@dataclass(frozen=True)
class Table:
    granularity: str
    metrics: list[str]  # the columns after the first
    # (post id or bucket, a value per metric or None)
    lines: list[tuple[str | int | None, list[int | None]]]


def totals_table(result: ResultSet) -> Table | None:
    series = result.series()
    cells = {(post, metric): sum(buckets.values())
             for (post, metric, granularity), buckets in series.items() if granularity == TOTAL}
    if not cells:
        return None
    metrics = sorted({metric for _, metric in cells}, key=result.metric_rank)
    posts = [post for post in result.post_ids() if any((post, m) in cells for m in metrics)]
    lines = [(post, [cells.get((post, m)) for m in metrics]) for post in posts]
    return Table(TOTAL, metrics, lines)


def series_tables(result: ResultSet) -> list[Table]:
    sums: dict[tuple[str, str], dict[int, int]] = {}  # (granularity, metric) → bucket → sum
    aggregates: dict[tuple[str, str], dict[int, int]] = {}
    for (post, metric, granularity), buckets in result.series().items():
        if granularity == TOTAL:
            continue
        if post is None:
            aggregates[granularity, metric] = buckets
            continue
        acc = sums.setdefault((granularity, metric), {})
        for bucket, value in buckets.items():
            acc[bucket] = acc.get(bucket, 0) + value
    for key, buckets in aggregates.items():
        sums.setdefault(key, buckets)
    granularities = sorted({g for g, _ in sums}, key=granularity_rank)
    tables = []
    for granularity in granularities:
        metrics = sorted((m for g, m in sums if g == granularity), key=result.metric_rank)
        columns = [sums[granularity, m] for m in metrics]
        buckets = sorted({b for column in columns for b in column if b is not None})
        tables.append(Table(granularity, metrics,
                            [(b, [column.get(b) for column in columns]) for b in buckets]))
    return tables
