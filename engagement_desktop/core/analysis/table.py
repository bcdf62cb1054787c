"""The analyst's table: rows grouped by any nesting of dimensions, metrics and rates as columns.

    table = build_table(result, ["handle", "post"], tz="Europe/Madrid", handles=owners,
                        sort="engagement_rate", filters=["impressions >= 1000"], top=10)
    table.total            # the totals row: every value of the result
    table.rows()           # the first level, filtered, sorted, top-N
    node.children()        # the next level, computed on first use

A node's numbers are sums of every value below it (rates: ratio of those sums), whatever the
filters hide. Children are summed from the facts' per-series totals or slots × metrics matrix
(see facts.py and grouping.py): regrouping 5.7M values touches thousands of numbers, not
millions.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import tzinfo
from functools import partial

import numpy as np

from ...i18n.phrases import Term, terms, translate
from ..results import ResultSet
from . import local_time
from .columns import Column, choose_columns, column_values, rates_note
from .dimensions import Dimensions, check_dimensions
from .facts import Facts, facts_of
from .grouping import Selection, grouped, totals
from .selection import Filter, Sort, parse_filter, parse_sort, ranked


class AnalysisTable:
    def __init__(self, facts: Facts, dims: Sequence[str], columns: list[Column], tz: tzinfo,
                 handles: Mapping[str, str] | None, shown: _Shown, rates_note: str | None = None):
        self.facts = facts
        self.granularity = self.facts.granularity
        self.dims = tuple(dims)
        check_dimensions(self.dims, self.granularity)
        self.columns = columns
        self.tz = tz
        self.dimensions = Dimensions(self.facts, tz, handles)
        self._shown = shown
        self.rates_note = rates_note  # the rates asked for that these metrics cannot give
        shown.check(self)
        sums, counts = totals(facts)
        self.total = TableNode(self, None, None, "Total", self._values(sums, counts)[0], None,
                               Selection(), int(counts.sum()))

    def rows(self) -> list[TableNode]:
        return self.total.children()

    def index(self, column: str) -> int:
        for i, c in enumerate(self.columns):
            if c.name == column:
                return i
        raise ValueError(translate("AnalysisErrors", "'{column}' is not a column of this table; "
                                   "it has {columns}.").format(
            column=column, columns=terms((c.name for c in self.columns), named=True)))

    def walk(self, depth: int | None = None) -> Iterator[TableNode]:
        """Every shown node depth-first (the totals row not included), down to `depth` levels."""
        stack = list(reversed(self.rows()))
        while stack:
            node = stack.pop()
            yield node
            if depth is None or node.depth < depth:
                stack.extend(reversed(node.children()))

    def notes(self) -> list[str]:
        """What an export's header says: the time zone, how each rate is computed, blanks
        (phrases: the window says them in its language)."""
        notes = []
        if any(d in self.dims for d in ("day", "week", "hour", "weekday", "hour_of_day")):
            notes.append(translate("AnalysisNotes", "Times in {zone}.").format(
                zone=_zone_name(self.tz)) if self.dimensions.zone_applies else translate(
                "AnalysisNotes", "Days and weeks are the server's UTC days (daily numbers "
                                 "cannot be moved to another time zone)."))
        notes += [translate("AnalysisNotes", "{rate} = {numerator} / {denominator}: "
                                             "{definition}").format(
            rate=Term(c.name, c.label), numerator=c.needs[0], denominator=c.needs[1],
            definition=c.description) for c in self.columns if c.kind == "rate"]
        if any(c.kind == "rate" for c in self.columns):
            notes.append(translate("AnalysisNotes", "Rates are ratios of sums at every level; "
                                   "blank where the denominator is zero or was not fetched."))
        if self.rates_note:
            notes.append(self.rates_note)
        notes += self._shown.notes()
        return notes

    def _values(self, sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        return column_values(self.columns, self.facts.metrics, sums, counts)

    def _children(self, node: TableNode) -> list[TableNode]:
        dim = self.dims[node.depth]
        column = self.dimensions.column(dim)
        selection = node.selection()
        sums, counts = grouped(self.facts, selection, column)
        count_of = counts.sum(axis=1)
        slots = np.flatnonzero(count_of)
        values = self._values(sums[slots], counts[slots])
        children = []
        for position in self._shown.choose(self, values).tolist():
            code = int(slots[position])
            key = column.key(code)
            children.append(TableNode(
                self, dim, key, None, values[position], node,
                partial(selection.narrowed, self.facts, column, code), int(count_of[code])))
        return children


class TableNode:
    __slots__ = ("_table", "dimension", "key", "_label", "values", "depth", "count",
                 "_parent", "_selection", "_children", "__weakref__")

    def __init__(self, table: AnalysisTable, dimension: str | None, key, label: str | None,
                 values: np.ndarray, parent: TableNode | None,
                 selection: Selection | Callable[[], Selection], count: int):
        self._table = table
        self.dimension = dimension  # None for the totals row
        self.key = key  # post ID, handle (None: unknown), date, weekday 0-6, hour, UTC epoch
        self._label = label  # made when first shown: a level may have thousands of rows
        self.values = values  # one float64 per column of the table; NaN is blank
        self.depth = 0 if parent is None else parent.depth + 1
        self.count = count  # values below this node
        # Children hold their parent weakly: no cycles, so a dropped table is freed at once.
        self._parent = None if parent is None else weakref.ref(parent)
        # Which values are below it; made when first needed (a level may have thousands of
        # rows, and narrowing each one costs a pass over the time slots).
        self._selection = selection
        self._children: list[TableNode] | None = None

    def __getitem__(self, column: str) -> float:
        return float(self.values[self._table.index(column)])

    @property
    def label(self) -> str:
        if self._label is None:
            table = self._table
            self._label = table.dimensions.label(self.dimension, self.key,
                                                 table.dims[:self.depth - 1])
        return self._label

    def selection(self) -> Selection:
        if callable(self._selection):
            self._selection = self._selection()
        return self._selection

    @property
    def parent(self) -> TableNode | None:
        return None if self._parent is None else self._parent()

    def path(self) -> tuple:
        """The keys from the first level down to this node."""
        keys, node = [], self
        while node.parent is not None:
            keys.append(node.key)
            node = node.parent
        return tuple(reversed(keys))

    def has_children(self) -> bool:
        return self.depth < len(self._table.dims) and self.count > 0

    def children(self) -> list[TableNode]:
        if self._children is None:
            self._children = self._table._children(self) if self.has_children() else []
        return self._children

    def __repr__(self) -> str:
        return f"TableNode({self.dimension}={self.label!r}, count={self.count})"


class _Shown:
    """The filters, sort and top-N of a table, applied to each node's children."""

    def __init__(self, filters: Iterable[Filter | str], sort: Sort | str | None,
                 top: int | None):
        self.filters = [parse_filter(f) if isinstance(f, str) else f for f in filters]
        self.sort = parse_sort(sort) if isinstance(sort, str) else sort
        if top is not None and top < 1:
            raise ValueError(f"Top {top} would show nothing; ask for at least 1 row.")
        if top is not None and self.sort is None:
            raise ValueError("Top-N needs a column to rank by; choose a sort column.")
        self.top = top

    def check(self, table: AnalysisTable) -> None:
        for name in [f.column for f in self.filters] + ([self.sort.column] if self.sort else []):
            table.index(name)

    def choose(self, table: AnalysisTable, values: np.ndarray) -> np.ndarray:
        keep = np.ones(len(values), bool)
        for f in self.filters:
            keep &= f.keeps(values[:, table.index(f.column)])
        positions = np.flatnonzero(keep)
        if self.sort is not None:
            column = values[positions, table.index(self.sort.column)]
            positions = positions[ranked(column, self.sort.descending)]
        return positions[:self.top]

    def notes(self) -> list[str]:
        notes = [translate("AnalysisNotes", "Rows shown: {filter}.").format(filter=str(f))
                 for f in self.filters]
        if self.sort:
            order = (translate("AnalysisNotes", "Sorted by {column}, largest first.")
                     if self.sort.descending else
                     translate("AnalysisNotes", "Sorted by {column}, smallest first."))
            notes.append(order.format(column=Term(self.sort.column, self.sort.column)))
        if self.top:
            notes.append(translate("AnalysisNotes", "Top {top} rows at each level; totals "
                                                    "count every row.").format(top=self.top))
        return notes


def build_table(result: ResultSet, dims: Sequence[str] = (), *,
                rates: bool | Iterable[str] = True,
                tz: str | tzinfo | None = None, handles: Mapping[str, str] | None = None,
                sort: Sort | str | None = None, filters: Iterable[Filter | str] = (),
                top: int | None = None, granularity: str | None = None) -> AnalysisTable:
    """The table of `result` grouped by `dims` (outermost first). `tz`: the zone of the time
    dimensions (None: UTC; the window passes the computer's). `handles`: post ID → @handle.
    ValueError with a plain message for anything the result cannot give."""
    facts = facts_of(result, granularity)
    columns = choose_columns(facts.metrics, rates, result.rates)
    return AnalysisTable(facts, dims, columns, local_time.zone(tz), handles,
                         _Shown(filters, sort, top), rates_note(facts.metrics, rates, result.rates))


def _zone_name(tz: tzinfo) -> str:
    return getattr(tz, "key", None) or str(tz)
