"""The rows of one granularity as numpy columns, grouped and summed for the result tree.

Sizes reach millions of values (25 posts × 26 metrics × 8,760 hours), so the rows are copied
once into columns, and a node's children come from one bincount over that node's rows:
opening the root costs one pass over everything, opening a deeper node a pass over its
parent's rows only. The table holds no reference to any node, so a dropped tree is freed at
once rather than at the next garbage collection.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import NamedTuple

import numpy as np

from .results import ResultSet
from .rows import DAY, HOUR, TOTAL, WEEK

POST, METRIC = "post", "metric"
_UNIT = {HOUR: 3600, DAY: 86400, WEEK: 7 * 86400}
_MONDAY_OFFSET = 3  # 1970-01-01 was a Thursday


class Group(NamedTuple):
    code: int  # a post or metric code, or a bucket start (epoch s)
    key: object  # what the tree shows as the node's key
    label: str
    value: int
    count: int  # rows in the group


class TreeTable:
    def __init__(self, result: ResultSet, granularity: str, dims: tuple[str, ...]):
        self.granularity = granularity
        self.dims = dims
        series = [(k, a) for k, a in result.series_arrays().items() if k[2] == granularity]
        # Rows without a post are aggregates over the posts of a request: beside per-post
        # rows they would count everything twice.
        if any(k[0] is not None for k, _ in series):
            series = [(k, a) for k, a in series if k[0] is not None]
        self.posts = sorted({k[0] for k, _ in series}, key=_post_order)
        self.metrics = sorted({k[1] for k, _ in series}, key=result.metric_rank)
        self.metric_labels = [result.label(m) for m in self.metrics]
        post_code = {p: i for i, p in enumerate(self.posts)}
        metric_code = {m: i for i, m in enumerate(self.metrics)}
        sizes = [len(buckets) for _, (buckets, _) in series]
        self.post = np.repeat(np.array([post_code[k[0]] for k, _ in series], np.int32), sizes)
        self.metric = np.repeat(np.array([metric_code[k[1]] for k, _ in series], np.int32), sizes)
        self.value = _joined([values for _, (_, values) in series])
        # TOTAL rows have no bucket; every other granularity's buckets are epoch seconds.
        self.bucket = np.zeros(len(self.value), np.int64) if granularity == TOTAL else \
            _joined([buckets for _, (buckets, _) in series])
        self._columns: dict[str, np.ndarray] = {}

    def column(self, dim: str) -> np.ndarray:
        """Each row's code in `dim`: a post or metric code, or a bucket start (epoch s)."""
        if dim not in self._columns:
            b = self.bucket
            if dim == POST:
                column = self.post
            elif dim == METRIC:
                column = self.metric
            elif dim == DAY:
                column = b - b % 86400
            elif dim == WEEK and self.granularity != WEEK:  # Monday 00:00 UTC
                days = b // 86400
                column = (days - (days + _MONDAY_OFFSET) % 7) * 86400
            else:  # hours, and the server's own weekly buckets, keep their start
                column = b
            self._columns[dim] = column
        return self._columns[dim]

    def select(self, rows: np.ndarray | None, dim: str, code: int) -> np.ndarray:
        """The positions among `rows` (None: all rows) whose `dim` is `code`."""
        column = self.column(dim)
        if rows is None:
            return np.flatnonzero(column == code)
        return rows[column[rows] == code]

    def group(self, rows: np.ndarray | None, depth: int) -> list[Group]:
        """`rows` (None: all rows) grouped by the dimension at `depth`, in display order."""
        dim = self.dims[depth]
        keys, values = self.column(dim), self.value
        if rows is not None:
            keys, values = keys[rows], values[rows]
        codes, code_of_slot = _slots(keys, dim)
        counts = np.bincount(codes)
        sums = np.bincount(codes, weights=values)
        above = self.dims[:depth]
        groups = []
        for slot in np.flatnonzero(counts).tolist():
            code = code_of_slot(slot)
            key, label = self._key_and_label(dim, code, above)
            groups.append(Group(code, key, label, int(round(sums[slot])), int(counts[slot])))
        return groups

    def _key_and_label(self, dim: str, code: int, above: tuple[str, ...]) -> tuple:
        if dim == POST:
            post_id = self.posts[code]
            return post_id, "All posts" if post_id is None else post_id
        if dim == METRIC:
            return self.metrics[code], self.metric_labels[code]
        when = datetime.fromtimestamp(code, timezone.utc)
        if dim == DAY:
            return code, when.strftime("%Y-%m-%d")
        if dim == WEEK:
            return code, when.strftime("week of %Y-%m-%d")
        # An hour under its day reads "13:00"; anywhere else it needs its date too.
        return code, when.strftime("%H:%M" if DAY in above else "%Y-%m-%d %H:%M")


def _joined(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.empty(0, np.int64)


def _post_order(post_id: str | None):
    return (post_id is None, len(post_id or ""), post_id or "")


def _slots(keys: np.ndarray, dim: str):
    """Keys as small non-negative codes for bincount, and the key of each code, in key order.

    Post and metric keys already are codes. Time keys are bucket starts spaced by whole units
    of their dimension (an hour for the server's own weekly buckets); anything sparser falls
    back to sorting."""
    if dim in (POST, METRIC) or len(keys) == 0:
        return keys, int
    origin = int(keys.min())
    offsets = keys - origin
    for unit in (_UNIT[dim], 3600):
        if not (offsets % unit).any() and int(offsets.max()) // unit < 4 * len(keys) + 65536:
            return offsets // unit, lambda slot: origin + slot * unit
    unique, codes = np.unique(keys, return_inverse=True)
    return codes, lambda slot: int(unique[slot])
