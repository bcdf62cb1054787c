"""A result's values of one granularity as numpy columns, kept in their series.

One granularity at a time, as in the result tree: a post's lifetime total never adds to its
hourly series. Rows without a post (aggregates over a request's posts) are dropped when
per-post rows are present, since beside them they would count everything twice.

Every analysis dimension is either an attribute of a series (post, @handle) or of a time slot
(the hour, day or week a value's bucket is); so any group's sums come from two small tables
rather than from every value: per-series totals, and a slots × metrics matrix. Both cost one
pass over the values, are kept, and regrouping then touches only a few thousand numbers.
Facts are kept per result (weakly) while its series are unchanged, so a view regrouped,
re-sorted or drawn as a heatmap does not copy millions of values again.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence

import numpy as np

from ..results import ResultSet
from ..rows import DAY, HOUR, TOTAL, WEEK

FINEST_FIRST = (HOUR, DAY, WEEK, TOTAL)
UNIT_SECONDS = {HOUR: 3600, DAY: 86400, WEEK: 7 * 86400, TOTAL: 1}
_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()


class Facts:
    def __init__(self, granularity: str, posts: list, metrics: list[str],
                 series_post: np.ndarray, series_metric: np.ndarray, columns: _Columns):
        self.granularity = granularity
        self.posts = posts  # a post code is an index into this list
        self.metrics = metrics  # a metric code is an index into this list
        self.series_post, self.series_metric = series_post, series_metric  # codes per series
        self.starts = columns.starts  # series i holds values starts[i]:starts[i + 1]
        self.value = columns.value  # float64: sums are exact up to 2**53
        self.slot, self.slot_start = columns.slot, columns.slot_start  # per value; per slot
        self._series_totals = (columns.sums, np.diff(self.starts))
        self._metric_of_value: np.ndarray | None = None
        self._matrix: tuple[np.ndarray, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.value)

    def series_totals(self, series: np.ndarray | None = None, slots: np.ndarray | None = None
                      ) -> tuple[np.ndarray, np.ndarray]:
        """Per series: the sum and count of its values whose slot is in the `slots` mask
        (None: all), for the `series` listed (None: all; the others are zero)."""
        if slots is None:
            sums, counts = self._series_totals
            if series is None:
                return sums, counts
            keep = np.zeros(len(sums), bool)
            keep[series] = True
            return np.where(keep, sums, 0.0), np.where(keep, counts, 0)
        positions = self.positions(series)
        owner = np.repeat(np.arange(len(self.series_post)) if series is None else series,
                          np.diff(self.starts)[slice(None) if series is None else series])
        kept = slots[self.slot[positions]]
        return (np.bincount(owner[kept], self.value[positions][kept], len(self.series_post)),
                np.bincount(owner[kept], minlength=len(self.series_post)))

    def slot_matrix(self, series: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Slots × metrics: the sum and count of the values of `series` (None: all)."""
        if series is None and self._matrix is not None:
            return self._matrix
        positions = self.positions(series)
        metrics = len(self.metrics)
        if self._metric_of_value is None:
            self._metric_of_value = np.repeat(self.series_metric, np.diff(self.starts))
        cells = self.slot[positions] * metrics + self._metric_of_value[positions]
        length = len(self.slot_start) * metrics
        shape = (len(self.slot_start), metrics)
        matrix = (np.bincount(cells, self.value[positions], length).reshape(shape),
                  np.bincount(cells, minlength=length).reshape(shape))
        if series is None:
            self._matrix = matrix
        return matrix

    def positions(self, series: np.ndarray | None) -> np.ndarray | slice:
        """Where the values of `series` are in the value columns (None: everywhere)."""
        if series is None:
            return slice(None)
        ranges = [np.arange(self.starts[s], self.starts[s + 1]) for s in series.tolist()]
        return np.concatenate(ranges) if ranges else np.empty(0, np.int64)


def finest_granularity(result: ResultSet) -> str | None:
    present = result.granularities()
    return next((g for g in FINEST_FIRST if g in present), None)


def metrics_of(result: ResultSet, granularity: str | None = None) -> list[str]:
    """The metrics the facts of `granularity` would have, without building them."""
    return _metric_order({k[1] for k, _ in _series(result, _granularity(result, granularity))},
                         result)


def _series(result: ResultSet, granularity: str, metrics: Sequence[str] | None = None) -> list:
    series = [(k, a) for k, a in result.series_arrays().items() if k[2] == granularity
              and (metrics is None or k[1] in metrics)]
    if any(k[0] is not None for k, _ in series):
        series = [(k, a) for k, a in series if k[0] is not None]
    return series


def facts_of(result: ResultSet, granularity: str | None = None,
             metrics: Sequence[str] | None = None) -> Facts:
    """The values of `granularity` (default: the finest the result has), of every metric or
    only of `metrics`, as columns; the same object while the result's series are unchanged."""
    granularity = _granularity(result, granularity)
    series = _series(result, granularity, metrics)
    signature = (granularity, None if metrics is None else tuple(metrics),
                 tuple((k, id(b)) for k, (b, _) in series))
    with _cache_lock:
        kept = _cache.get(result, {}).get(signature[:2])
        if kept is not None and kept[0] == signature:
            return kept[2]
    facts = _build(granularity, series, result)
    with _cache_lock:  # the arrays are kept with it, so their ids cannot be reused meanwhile
        _cache.setdefault(result, {})[signature[:2]] = (signature, series, facts)
    return facts


def _build(granularity: str, series: list, result: ResultSet) -> Facts:
    posts = sorted({k[0] for k, _ in series}, key=post_order)
    metrics = _metric_order({k[1] for k, _ in series}, result)
    post_code = {p: i for i, p in enumerate(posts)}
    metric_code = {m: i for i, m in enumerate(metrics)}
    return Facts(granularity, posts, metrics,
                 np.array([post_code[k[0]] for k, _ in series], np.int64),
                 np.array([metric_code[k[1]] for k, _ in series], np.int64),
                 _Columns([a for _, a in series], granularity))


class _Columns:
    """The series' values side by side, each value's time slot, and each series' sum.

    Filled series by series: each one is small enough to stay in the processor's cache, so
    the copy, the sum and the slot arithmetic cost about one pass over memory, not five."""

    def __init__(self, arrays: list[tuple[np.ndarray, np.ndarray]], granularity: str):
        self.starts = np.concatenate([[0], np.cumsum([len(b) for b, _ in arrays])]
                                     ).astype(np.int64)
        self.value = np.empty(int(self.starts[-1]), np.float64)
        self.slot = np.zeros(len(self.value), np.int64)
        self.sums = np.empty(len(arrays), np.float64)
        self.slot_start = np.zeros(1, np.int64)
        timed = [b for b, _ in arrays if len(b)] if granularity != TOTAL else []
        unit, origin = UNIT_SECONDS[granularity], min((int(b[0]) for b in timed), default=0)
        aligned = True
        for i, (buckets, values) in enumerate(arrays):
            begin, end = self.starts[i], self.starts[i + 1]
            self.value[begin:end] = values
            self.sums[i] = values.sum()
            if timed:  # a series' buckets are ascending and distinct
                offsets = buckets - origin
                self.slot[begin:end] = offsets // unit
                aligned = aligned and not (offsets % unit).any()
        if timed:
            span = (max(int(b[-1]) for b in timed) - origin) // unit + 1
            if aligned and span < 4 * len(self.value) + 65536:
                self.slot_start = origin + np.arange(span, dtype=np.int64) * unit
            else:  # buckets off the unit grid or far apart: the distinct ones, sorted
                self.slot_start, slot = np.unique(np.concatenate([b for b, _ in arrays]),
                                                  return_inverse=True)
                self.slot = slot.astype(np.int64)


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
