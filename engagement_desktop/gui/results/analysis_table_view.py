"""The Table tab: the result grouped by up to three nested dimensions, metrics and rates as
columns, a totals row, sort by a header click, a filter, a top-N and a time zone.

Every change rebuilds the `AnalysisTable` (core/analysis, shared with the CLI and the exports);
that reads per-series sums, not every value, so it is cheap even for millions of values.
Bad input (a filter that does not parse, a grouping the numbers cannot give) is said in a line
under the controls; the table keeps what it showed.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QTreeView

from ...core.analysis import Sort, build_table
from ...core.analysis.dimensions import HANDLE, POST, TIME_DIMENSIONS
from ...core.analysis.facts import finest_granularity
from ...core.analysis.rates import rate_table
from ...core.analysis.selection import renamed_filter
from ...core.results import ResultSet
from ...i18n.glossary import api_name
from .analysis_table_model import AnalysisTableModel
from .analysis_zone_picker import ZonePicker
from .bar_layout import lay_out
from ..common.vocabulary import metric_label, said, said_error
from .handles_view import HandlesView
from .table_widths import fitted_widths

LEVELS = 3
NONE = ""


class AnalysisTableView(HandlesView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._sort: Sort | None = None
        # What a refresh keeps while the table's shape (its grouping and columns) stays: the
        # rows the user opened (their key paths) and the column widths.
        self._shape: tuple = ()
        self._expanded: set[tuple] = set()
        self.levels = [QComboBox(objectName=f"analysisLevel{i}") for i in range(LEVELS)]
        for combo in self.levels:
            combo.activated.connect(lambda _i: self.refresh())
        self.filter = QLineEdit(objectName="analysisFilter")
        self.filter.setPlaceholderText(self.tr("Filter, e.g. impressions >= 1000; "
                                               "engagement_rate > 2%"))
        self.filter.setToolTip(self.tr("Rows to show: COLUMN OPERATOR NUMBER, several joined "
                                       "by ';'. Totals still count every row."))
        self.filter.editingFinished.connect(self.refresh)
        self.top = QSpinBox(objectName="analysisTop", minimum=0, maximum=1_000_000)
        self.top.setSpecialValueText(self.tr("all"))
        self.top.setToolTip(self.tr("Show only the first N rows at each level, by the sorted "
                                    "column (the first metric when none is sorted)."))
        self.top.valueChanged.connect(lambda _v: self.refresh())
        self.zone = ZonePicker()
        self.zone.zone_changed.connect(lambda _z: self.refresh())
        self.message = QLabel(objectName="analysisMessage", wordWrap=True)
        self.export_button = QPushButton(self.tr("Export…"), objectName="analysisExport")
        self.model = AnalysisTableModel(self)
        self.view = QTreeView(objectName="analysisTable", uniformRowHeights=True)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.header().setSortIndicatorShown(True)
        self.view.header().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.view.header().setStretchLastSection(False)
        self.view.expanded.connect(lambda i: self._expanded.add(self.model.node(i).path()))
        self.view.collapsed.connect(lambda i: self._expanded.discard(self.model.node(i).path()))
        self.model.modelReset.connect(self._reopen)
        self._layout()

    def _layout(self) -> None:
        lay_out(self, [self.tr("Rows by"), *self.levels, (self.filter, 1), self.tr("Top"),
                       self.top, self.tr("Time zone"), self.zone, self.export_button],
                self.message, self.view)

    def set_result(self, result: ResultSet | None,
                   handles: Mapping[str, str] | None = None) -> None:
        """Show `result`; `handles` maps post IDs to their @handles (unknown ones roll up to
        "unknown @handle")."""
        self._keep(result, handles)
        self._fill_levels()
        self.refresh()

    def set_grouping(self, dims: list[str]) -> None:
        for combo, dim in zip(self.levels, [*dims, *[NONE] * LEVELS]):
            combo.setCurrentIndex(max(combo.findData(dim), 0))
        self.refresh()

    def grouping(self) -> list[str]:
        dims = []
        for combo in self.levels:
            if not combo.currentData():
                break
            dims.append(combo.currentData())
        return dims

    def _fill_levels(self) -> None:
        grain = finest_granularity(self._result) if self._result is not None else None
        names = {POST: self.tr("post"), HANDLE: self.tr("@handle"), "day": self.tr("day"),
                 "week": self.tr("week"), "hour": self.tr("hour"),
                 "weekday": self.tr("weekday"), "hour_of_day": self.tr("hour of day")}
        offered = [POST, HANDLE, *[d for d in names if d in TIME_DIMENSIONS.get(grain, ())]]
        chosen = self.grouping() or [HANDLE if self._handles else POST]
        for level, combo in enumerate(self.levels):
            combo.clear()
            combo.addItem(self.tr("(nothing)") if level == 0 else "—", NONE)
            for dim in offered:
                combo.addItem(names[dim], dim)
        for combo, dim in zip(self.levels, chosen):
            combo.setCurrentIndex(max(combo.findData(dim), 0))

    def refresh(self) -> None:
        if self._result is None:
            self.model.set_table(None)
            self.message.clear()
            return
        try:
            filters = [renamed_filter(f, self._column_named)
                       for f in self.filter.text().split(";") if f.strip()]
            table = self._build(self._sort, filters)
        except ValueError as error:
            self.message.setText(said_error(error))
            return
        self.message.setText(" ".join(map(said, table.notes())))
        shape = (table.dims, [c.name for c in table.columns])
        scroll = self.view.verticalScrollBar().value()
        fresh = shape != self._shape  # another grouping or other columns: start afresh
        if fresh:
            self._shape = shape
            self._expanded.clear()
        self.model.set_table(table, lambda sort: self._resorted(sort, filters),
                             self._result.metric_labels)
        header = self.view.header()
        for column, width in enumerate(fitted_widths(self.view)):
            # Another table: its own widths. More rows of the same table (a run streaming in):
            # the widths the user chose, widened only where a number no longer fits.
            if fresh or header.sectionSize(column) < width:
                header.resizeSection(column, width)
        if not fresh:
            self.view.verticalScrollBar().setValue(scroll)

    def _reopen(self) -> None:
        """After the model was reset (new numbers, another sort): open the rows that were."""
        for path in sorted(self._expanded, key=len):
            self.view.expand(self.model.index_for_path(path))

    def _column_named(self, written: str) -> str:
        """A filter's column by the header the table shows (in the window's language), its
        English label or its API name, in any case."""
        result = self._result
        named = {**{m: result.label(m) for m in result.metrics()},
                 **{spec.name: spec.label for spec in rate_table(result.rates)}}
        shown = {metric_label(name, label).casefold(): name for name, label in named.items()}
        return shown.get(written.casefold(), api_name(written))

    def _resorted(self, sort: Sort | None, filters: list[str]):
        self._sort = sort
        return self._build(sort, filters)

    def _build(self, sort: Sort | None, filters: list[str]):
        top = self.top.value() or None
        if top is not None and sort is None:
            first = build_table(self._result, [], rates=False).columns
            sort = Sort(first[0].name) if first else None
        return build_table(self._result, self.grouping(), tz=self.zone.zone(),
                           handles=self._handles, sort=sort, filters=filters, top=top)
