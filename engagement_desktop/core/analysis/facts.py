"""A result's values of one granularity as flat numpy columns: what every analysis view reads.

One granularity at a time, as in the result tree: a post's lifetime total never adds to its
hourly series. Rows without a post (aggregates over a request's posts) are dropped when
per-post rows are present, since beside them they would count everything twice.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..results import ResultSet
from ..rows import DAY, HOUR, TOTAL, WEEK

FINEST_FIRST = (HOUR, DAY, WEEK, TOTAL)
UNIT_SECONDS = {HOUR: 3600, DAY: 86400, WEEK: 7 * 86400}


@dataclass(frozen=True)
class Facts:
    granularity: str
    posts: list[str | None]  # a post code is an index into this list
    metrics: list[str]  # a metric code is an index into this list
    post: np.ndarray  # int64 codes, one per value
    metric: np.ndarray  # int64 codes
    bucket: np.ndarray  # int64 UTC epoch seconds (0 for totals)
    value: np.ndarray  # int64

    def __len__(self) -> int:
        return len(self.value)


def finest_granularity(result: ResultSet) -> str | None:
    present = result.granularities()
    return next((g for g in FINEST_FIRST if g in present), None)


def facts_of(result: ResultSet, granularity: str | None = None) -> Facts:
    """The values of `granularity` (default: the finest the result has) as columns."""
    granularity = _granularity(result, granularity)
    series = [(k, a) for k, a in result.series_arrays().items() if k[2] == granularity]
    if any(k[0] is not None for k, _ in series):
        series = [(k, a) for k, a in series if k[0] is not None]
    posts = sorted({k[0] for k, _ in series}, key=post_order)
    metrics = _metric_order({k[1] for k, _ in series}, result)
    post_code = {p: i for i, p in enumerate(posts)}
    metric_code = {m: i for i, m in enumerate(metrics)}
    sizes = [len(buckets) for _, (buckets, _) in series]
    values = _joined([values for _, (_, values) in series])
    buckets = np.zeros(len(values), np.int64) if granularity == TOTAL else \
        _joined([buckets for _, (buckets, _) in series])
    return Facts(granularity, posts, metrics,
                 np.repeat(np.array([post_code[k[0]] for k, _ in series], np.int64), sizes),
                 np.repeat(np.array([metric_code[k[1]] for k, _ in series], np.int64), sizes),
                 buckets, values)


def _granularity(result: ResultSet, asked: str | None) -> str:
    finest = finest_granularity(result)
    if asked is None:
        return finest or TOTAL
    if asked not in FINEST_FIRST:
        raise ValueError(f"'{asked}' is not a granularity; choose from "
                         f"{', '.join(FINEST_FIRST)}.")
    if finest is not None and asked not in result.granularities():
        raise ValueError(f"The results have no {asked} numbers; they have "
                         f"{', '.join(sorted(result.granularities()))}.")
    return asked


def _metric_order(present: set[str], result: ResultSet) -> list[str]:
    """The order the query asked for, then any others alphabetically."""
    asked = [m for m in (result.query.metrics if result.query else []) if m in present]
    ordered = list(dict.fromkeys(asked))
    return ordered + sorted(present - set(ordered))


def post_order(post_id: str | None):
    """Numeric order of digit-string IDs; the aggregate (None) last."""
    return (post_id is None, len(post_id or ""), post_id or "")


def _joined(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays).astype(np.int64, copy=False) if arrays \
        else np.empty(0, np.int64)
