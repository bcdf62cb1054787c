"""A result as a tree grouped by any order of dimensions, with sums at every level.

The GUI's tree view and the exports' pivots read this. A tree uses the rows of one
granularity (the finest the result has, unless asked otherwise), so a sum never mixes a
post's lifetime total with its series; days and Monday-based weeks roll up from hours.
Children are computed on first use (see core/tree_table.py for how, and how fast).
"""
from __future__ import annotations

import weakref
from collections.abc import Sequence

import numpy as np

from ..i18n.phrases import translate
from .results import ResultSet
from .rows import DAY, HOUR, TOTAL, WEEK
from .tree_table import METRIC, POST, TreeTable

DIMENSIONS = (POST, METRIC, DAY, HOUR, WEEK)
_FINEST_FIRST = (HOUR, DAY, WEEK, TOTAL)
# The time dimensions each granularity of rows can give.
_TIME_DIMS = {HOUR: {DAY, HOUR, WEEK}, DAY: {DAY, WEEK}, WEEK: {WEEK}, TOTAL: set()}


def available_dimensions(result: ResultSet) -> list[str]:
    """The dimensions a tree of `result` (at its finest granularity) can group by."""
    granularity = _finest(result)
    if granularity is None:
        return list(DIMENSIONS)
    return [d for d in DIMENSIONS if d in (POST, METRIC) or d in _TIME_DIMS[granularity]]


def _finest(result: ResultSet) -> str | None:
    present = result.granularities()
    return next((g for g in _FINEST_FIRST if g in present), None)


class ResultTree:
    def __init__(self, result: ResultSet, dims: Sequence[str], granularity: str | None = None):
        self.dims = tuple(dims)
        self.granularity = _check(result, self.dims, granularity)
        self._table = TreeTable(result, self.granularity, self.dims)
        self.posts, self.metrics = self._table.posts, self._table.metrics
        self.root = TreeNode(self._table, None, None, "All", int(self._table.value.sum()),
                             None, 0, 0, len(self._table.value))


def _check(result: ResultSet, dims: tuple[str, ...], granularity: str | None) -> str:
    """The granularity the tree will use; ValueError with a plain message when the dimensions
    ask for what the rows cannot give."""
    for i, dim in enumerate(dims):
        if dim not in DIMENSIONS:
            raise ValueError(f"'{dim}' is not a dimension; choose from {', '.join(DIMENSIONS)}.")
        if dim in dims[:i]:
            raise ValueError(f"The dimension '{dim}' is listed twice; list it once.")
    finest = _finest(result)
    if finest is None:  # nothing yet: any grouping is possible once rows arrive
        return granularity or TOTAL
    if granularity is not None and granularity not in result.granularities():
        raise ValueError(translate("Tree", "The results have no {granularity} rows; they have "
                                           "{granularities}.").format(
            granularity=granularity, granularities=", ".join(sorted(result.granularities()))))
    granularity = granularity or finest
    for dim in dims:
        if dim not in (POST, METRIC) and dim not in _TIME_DIMS[granularity]:
            raise ValueError(_why_not(dim, granularity))
    return granularity


def _why_not(dim: str, granularity: str) -> str:
    have = {HOUR: translate("Tree", "hourly"), DAY: translate("Tree", "daily"),
            WEEK: translate("Tree", "weekly"), TOTAL: translate("Tree", "only total")}
    # How a query asks for hours is each endpoint's own (a grouping value, a granularity):
    # told here in words that fit every endpoint.
    need = {HOUR: translate("Tree", "hourly numbers (a query grouped by the hour, or with an "
                                    "hourly granularity)"),
            DAY: translate("Tree", "daily or hourly numbers"),
            WEEK: translate("Tree", "weekly, daily or hourly numbers")}
    named = {HOUR: translate("Tree", "hour"), DAY: translate("Tree", "day"),
             WEEK: translate("Tree", "week")}
    return translate("Tree", "These results have {have} numbers, so they cannot be grouped by "
                             "{dimension}: that needs {need}. Pick another grouping or run a "
                             "query that asks for them.").format(
        have=have[granularity], dimension=named[dim], need=need[dim])


class TreeNode:
    __slots__ = ("_table", "dimension", "key", "label", "value", "_parent", "row_in_parent",
                 "_depth", "_count", "_code", "_rows", "_children", "_one_metric", "__weakref__")

    def __init__(self, table: TreeTable, dimension: str | None, key, label: str, value: int,
                 parent: TreeNode | None, row_in_parent: int, depth: int, count: int,
                 code: int = 0):
        self._table = table
        self.dimension = dimension  # None for the root
        self.key = key  # post ID, metric name, or bucket start (epoch s)
        self.label = label
        self.value = value  # the sum of everything below
        # Children hold their parent weakly: no cycles, so a dropped tree is freed at once.
        self._parent = None if parent is None else weakref.ref(parent)
        self.row_in_parent = row_in_parent
        self._depth = depth
        self._count = count  # rows below; a node exists only when it has some
        self._code = code
        self._rows: np.ndarray | None = None
        self._children: list[TreeNode] | None = None
        self._one_metric: bool | None = None

    @property
    def parent(self) -> TreeNode | None:
        return None if self._parent is None else self._parent()

    def has_children(self) -> bool:
        return self._depth < len(self._table.dims) and self._count > 0

    def children(self) -> list[TreeNode]:
        if self._children is None:
            groups = self._table.group(self._indices(), self._depth) if self.has_children() else []
            self._children = [
                TreeNode(self._table, self._table.dims[self._depth], g.key, g.label, g.value,
                         self, row, self._depth + 1, g.count, g.code)
                for row, g in enumerate(groups)]
        return self._children

    @property
    def one_metric(self) -> bool:
        """Whether everything below is one metric, so `value` means something: above the
        metric level a sum would add likes to impressions."""
        if self._one_metric is None:
            self._one_metric = self._holds_one_metric()
        return self._one_metric

    def _holds_one_metric(self) -> bool:
        if METRIC in self._table.dims[:self._depth] or len(self._table.metrics) <= 1:
            return True
        rows = self._indices()
        metrics = self._table.metric if rows is None else self._table.metric[rows]
        return bool((metrics == metrics[0]).all()) if len(metrics) else True

    def path(self) -> tuple:
        keys = []
        node = self
        while node.parent is not None:
            keys.append(node.key)
            node = node.parent
        return tuple(reversed(keys))

    def _indices(self) -> np.ndarray | None:
        """The positions of this node's rows in the table (None: all of them)."""
        if self._rows is None and self._parent is not None:
            parent = self._parent()
            if parent is None:
                raise RuntimeError("This node's tree is gone; build the tree again.")
            self._rows = self._table.select(parent._indices(), self.dimension, self._code)
        return self._rows

    def __repr__(self) -> str:
        return f"TreeNode({self.dimension}={self.label!r}, value={self.value})"
