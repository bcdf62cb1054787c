"""A run's merged result: the fact table of every step, plus the per-post problems.

Merging rule: one step's page is already free of duplicates (the parser keeps one value per row
key even when several groupings carry it); different steps never describe the same thing
(batches hold different posts, windows different hours), so values of equal keys from
different steps add up. That is what makes a day or a per-window total straddling two
4-week windows come out right.

Values are stored per series — (post, metric, granularity) → {bucket: value} — which keeps
millions of hourly values compact.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .query import Query
from .rows import PostProblem, Row

SeriesKey = tuple[str | None, str, str]  # (post_id, metric, granularity)


@dataclass
class ResultSet:
    query: Query | None = None
    # Where the numbers came from: endpoint, account, base_url, job id, times, app version...
    provenance: dict = field(default_factory=dict)
    problems: list[PostProblem] = field(default_factory=list)
    _series: dict[SeriesKey, dict[int | None, int]] = field(default_factory=dict, repr=False)
    _problem_keys: set = field(default_factory=set, repr=False)

    def add_rows(self, rows: Iterable[Row]) -> None:
        series = self._series
        for post_id, metric, bucket, granularity, value in rows:
            buckets = series.setdefault((post_id, metric, granularity), {})
            buckets[bucket] = buckets.get(bucket, 0) + value

    def add_problems(self, problems: Iterable[PostProblem]) -> None:
        for problem in problems:
            if problem not in self._problem_keys:
                self._problem_keys.add(problem)
                self.problems.append(problem)

    def rows(self) -> Iterator[Row]:
        """Every value, ordered by post, metric, granularity and bucket (totals first)."""
        for key in sorted(self._series, key=_series_order):
            post_id, metric, granularity = key
            buckets = self._series[key]
            for bucket in sorted(buckets, key=lambda b: -1 if b is None else b):
                yield Row(post_id, metric, bucket, granularity, buckets[bucket])

    def series(self) -> dict[SeriesKey, dict[int | None, int]]:
        """Read-only view for charts and trees: (post, metric, granularity) → {bucket: value}."""
        return self._series

    def post_ids(self) -> list[str | None]:
        return sorted({k[0] for k in self._series}, key=lambda p: (p is None, len(p or ""), p))

    def metrics(self) -> list[str]:
        return sorted({k[1] for k in self._series})

    def granularities(self) -> set[str]:
        return {k[2] for k in self._series}

    def __len__(self) -> int:
        return sum(len(b) for b in self._series.values())


def _series_order(key: SeriesKey):
    post_id, metric, granularity = key
    # Numeric post order (IDs are digit strings of varying length); aggregates last.
    return (post_id is None, len(post_id or ""), post_id or "", metric, granularity)
