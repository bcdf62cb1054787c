"""The analyst's table as a Qt model: one row per group (nested, expandable), the metrics and
their rates as columns, and a totals row last.

The model is a thin, lazy view of an `AnalysisTable` (core/analysis): a level's rows are
computed by the table when the view first asks for them, so a table of thousands of posts
costs nothing until it is expanded. Sorting by a column asks the table for a new order (the
numbers never change); column 0 sorts back to the table's natural order. Metrics are shown
with the locale's grouping, rates as locale-aware percentages; a blank (NaN) cell stays blank.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.analysis import AnalysisTable, Sort, TableNode
from ...core.analysis.columns import RATE, Column
from ..common import locale_format
from ..common.vocabulary import metric_label, said

RATE_DECIMALS = 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                             Qt.ItemDataRole.FontRole})


def cell_text(column: Column, value: float, locale: QLocale | None = None) -> str:
    """A metric sum with the locale's grouping, a rate as a percentage; blank for NaN."""
    if math.isnan(value):
        return ""
    if column.kind == RATE:
        return locale_format.percent(value * 100, RATE_DECIMALS, locale)
    return locale_format.number(value, locale=locale)


def _shown_label(node: TableNode) -> str:
    """A row's label in the window's language: weekdays as the locale names them, the core's
    words ('All posts', 'week of …') through the catalogue; IDs, dates and hours as they are."""
    if node.dimension == "weekday":
        return locale_format.weekday_names()[node.key]
    return said(node.label)


class AnalysisTableModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: AnalysisTable | None = None
        self._rebuild = None  # (sort: Sort | None) → AnalysisTable, for header-click sorting
        self._labels: dict[str, str] = {}  # metric → the label its endpoint declares
        self._top: list[TableNode] = []  # the first level and the totals row, asked for often
        self._texts: dict[TableNode, list[str]] = {}  # a row's cells as shown, made once

    # -- feeding it ----------------------------------------------------------------------------
    def set_table(self, table: AnalysisTable | None, rebuild=None,
                  labels: dict[str, str] | None = None) -> None:
        """Show `table`; `rebuild(sort)` makes the same table in another order (None: the
        model cannot re-sort); `labels` name the metrics as their endpoint does."""
        self.beginResetModel()
        self._table, self._rebuild = table, rebuild
        self._top = [*table.rows(), table.total] if table is not None else []
        self._labels = dict(labels or {}) if labels is not None else self._labels
        self._texts = {}
        self.endResetModel()

    @property
    def table(self) -> AnalysisTable | None:
        return self._table

    def node(self, index: QModelIndex) -> TableNode | None:
        return index.internalPointer() if index.isValid() else None

    def cell_text(self, index: QModelIndex) -> str:
        """A number cell's text; a row's cells are formatted together, once per table."""
        node = self.node(index)
        texts = self._texts.get(node)
        if texts is None:
            locale = QLocale()
            texts = self._texts[node] = [cell_text(column, value, locale) for column, value
                                         in zip(self._table.columns, node.values.tolist())]
        return texts[index.column() - 1]

    def total_index(self) -> QModelIndex:
        if self._table is None:
            return QModelIndex()
        return self.createIndex(len(self._table.rows()), 0, self._table.total)

    def index_for_path(self, path: tuple) -> QModelIndex:
        """The row whose keys from the first level down are `path` (a node's `path()`);
        invalid when the table has no such row."""
        index = QModelIndex()
        for key in path:
            rows = self._rows_of(index)
            row = next((r for r, n in enumerate(rows) if n.key == key and n.dimension), None)
            if row is None:
                return QModelIndex()
            index = self.createIndex(row, 0, rows[row])
        return index

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def _rows_of(self, parent: QModelIndex) -> list[TableNode]:
        if self._table is None or not parent.isValid():
            return self._top
        node = self.node(parent)
        return [] if node is self._table.total else node.children()

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        # The view asks for every painted cell: one look at the parent's rows, no hasIndex.
        rows = self._rows_of(parent) if parent.column() <= 0 else []
        if not (0 <= row < len(rows) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, rows[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self.node(index)
        if node is None or node is self._table.total:
            return QModelIndex()
        above = node.parent
        if above is None or above is self._table.total:
            return QModelIndex()
        grand = above.parent
        siblings = grand.children() if grand is not None else []
        row = next(i for i, n in enumerate(siblings) if n is above)
        return self.createIndex(row, 0, above)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._rows_of(parent))

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return self._table is not None
        node = self.node(parent)
        return (parent.column() == 0 and node is not self._table.total
                and node.has_children())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 1 + (len(self._table.columns) if self._table is not None else 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # A painted cell is asked for a dozen roles; answer the ones never used at once.
        if role not in _ROLES_ANSWERED:
            return None
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Total") if node is self._table.total else _shown_label(node)
            return self.cell_text(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and node is self._table.total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self._table is None:
            return None
        if section == 0:
            names = {"post": self.tr("Post"), "handle": self.tr("@handle"),
                     "day": self.tr("Day"), "week": self.tr("Week"), "hour": self.tr("Hour"),
                     "weekday": self.tr("Weekday"), "hour_of_day": self.tr("Hour of day")}
            title = " › ".join(names[d] for d in self._table.dims) or self.tr("Rows")
            return title if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 < section <= len(self._table.columns):
            return None
        column = self._table.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return metric_label(column.name, self._labels.get(column.name, column.label))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind == RATE:
                return self.tr("{rate} = {numerator} / {denominator}, each summed over the row "
                               "(a ratio of sums); blank where {denominator} is zero or was not "
                               "fetched.").format(rate=metric_label(column.name, column.label),
                                                  numerator=column.needs[0],
                                                  denominator=column.needs[1])
            return self.tr("{metric}: the sum of this metric's values in the row; never added "
                           "to another metric.").format(metric=column.name)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._rebuild is None or self._table is None:
            return
        by = None if column <= 0 else Sort(self._table.columns[column - 1].name,
                                           order == Qt.SortOrder.DescendingOrder)
        self.set_table(self._rebuild(by), self._rebuild)
